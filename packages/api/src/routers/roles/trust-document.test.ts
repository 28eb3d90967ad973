import { describe, expect, it } from "vitest";
import { decodePolicyDocument, highlightFindings, toTrustLines } from "./trust-document";

const K = "oidc.eks.us-east-1.amazonaws.com/id/X";
const doc = {
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: { Federated: "arn:p" }, Action: "sts:AssumeRoleWithWebIdentity" },
    {
      Effect: "Allow",
      Principal: { Federated: "arn:p" },
      Action: "sts:AssumeRoleWithWebIdentity",
      Condition: {
        StringLike: { [`${K}:sub`]: ["system:serviceaccount:*:*"] },
        "ForAllValues:StringEquals": { [`${K}:aud`]: "sts.amazonaws.com" },
      },
    },
  ],
};

const marked = (ruleId: string, evidence: Record<string, unknown>) => {
  const lines = toTrustLines(doc);
  highlightFindings(lines, [{ id: "f", ruleId, evidence }]);
  return lines.filter((l) => l.findingIds.includes("f")).map((l) => l.text.trim());
};

describe("trust policy lines", () => {
  it("prints exactly what JSON.stringify(…, 2) prints", () => {
    expect(toTrustLines(doc).map((l) => l.text)).toEqual(JSON.stringify(doc, null, 2).split("\n"));
  });

  it("decodes URL-encoded documents as IAM returns them", () => {
    expect(decodePolicyDocument(encodeURIComponent(JSON.stringify(doc)))).toEqual(doc);
    expect(decodePolicyDocument("not json")).toBeNull();
  });

  const cases = [
    {
      name: "a named key marks that condition's lines only",
      ruleId: "trust.absent-tolerant-operator",
      evidence: { statementIndex: 1, key: `${K}:aud` },
      expected: [`"${K}:aud": "sts.amazonaws.com"`],
    },
    {
      name: "wildcard-sub marks the sub condition",
      ruleId: "trust.wildcard-sub",
      evidence: { statementIndex: 1, patterns: ["system:serviceaccount:*:*"] },
      expected: [`"${K}:sub": [`, '"system:serviceaccount:*:*"', "]"],
    },
    {
      name: "no-condition marks the whole statement",
      ruleId: "trust.no-condition",
      evidence: { statementIndexes: [0] },
      expected: [
        "{",
        '"Effect": "Allow",',
        '"Principal": {',
        '"Federated": "arn:p"',
        "},",
        '"Action": "sts:AssumeRoleWithWebIdentity"',
        "},",
      ],
    },
    {
      name: "a key that is no longer there falls back to the statement",
      ruleId: "trust.absent-tolerant-operator",
      evidence: { statementIndex: 0, key: "gone:sub" },
      expected: marked("trust.no-condition", { statementIndexes: [0] }),
    },
    {
      name: "evidence without a statement marks nothing",
      ruleId: "drift.trust-changed",
      evidence: {},
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => expect(marked(c.ruleId, c.evidence)).toEqual(c.expected));
  }

  it("treats a single Statement object as statement 0", () => {
    const lines = toTrustLines({
      Statement: { Effect: "Allow", Condition: { StringEquals: { "a:sub": "x" } } },
    });
    highlightFindings(lines, [
      { id: "f", ruleId: "trust.literal-wildcard", evidence: { statementIndex: 0, key: "A:SUB" } },
    ]);
    expect(lines.filter((l) => l.findingIds.length).map((l) => l.text.trim())).toEqual(['"a:sub": "x"']);
  });
});
