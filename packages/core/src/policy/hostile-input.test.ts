import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeTrust } from "../trust/analyze";
import { MAX_POLICY_CHARS, MAX_POLICY_DEPTH } from "./decode";
import { parsePolicy } from "./parse";

// Trust policies come from AWS accounts we do not control: every shape must end as a parsed
// policy or a typed error with a path, never an exception that would fail the whole scan.

const provider = (partition: string) =>
  `arn:${partition}:iam::111111111111:oidc-provider/oidc.eks.cn-north-1.amazonaws.com.cn/id/ABC`;
const statement = (extra: object) => ({
  Effect: "Allow",
  Principal: { Federated: provider("aws") },
  Action: "sts:AssumeRoleWithWebIdentity",
  ...extra,
});
const doc = (...statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });

describe("hostile trust policies", () => {
  const cases: { name: string; input: unknown; expectOk: boolean; errorMatches?: RegExp }[] = [
    {
      name: "beyond the size limit",
      input: doc(statement({ Sid: "x".repeat(MAX_POLICY_CHARS) })),
      expectOk: false,
      errorMatches: /large|size|limit/i,
    },
    {
      name: "nested beyond the depth limit",
      input: `{"Statement":${"[".repeat(MAX_POLICY_DEPTH + 5)}${"]".repeat(MAX_POLICY_DEPTH + 5)}}`,
      expectOk: false,
      errorMatches: /deep|depth|nest/i,
    },
    {
      name: "unusual Unicode in values",
      input: doc(
        statement({ Condition: { StringEquals: { "k:sub": "system:serviceaccount:ns\u202e:sa\u0000" } } }),
      ),
      expectOk: true,
    },
    {
      name: "unknown condition operator",
      input: doc(statement({ Condition: { StringWhatever: { "k:sub": "x" } } })),
      expectOk: true,
    },
    {
      name: "aws-cn partition",
      input: doc({ ...statement({}), Principal: { Federated: provider("aws-cn") } }),
      expectOk: true,
    },
    {
      name: "aws-us-gov partition",
      input: doc({ ...statement({}), Principal: { Federated: provider("aws-us-gov") } }),
      expectOk: true,
    },
    {
      name: "double URL-encoded",
      input: encodeURIComponent(encodeURIComponent(doc(statement({})))),
      expectOk: false,
    },
    { name: "Statement is a number", input: '{"Statement":42}', expectOk: false, errorMatches: /statement/i },
    {
      name: "prototype pollution keys are rejected as unknown elements",
      input: '{"__proto__":{"polluted":1},"Statement":[{"Effect":"Allow","Principal":"*","Action":"*"}]}',
      expectOk: false,
      errorMatches: /unknown policy element/,
    },
  ];
  it.each(cases)("$name", ({ input, expectOk, errorMatches }) => {
    const result = parsePolicy(input);
    expect(result.ok).toBe(expectOk);
    if (!result.ok) {
      expect(result.error.message.length).toBeGreaterThan(0);
      if (errorMatches) expect(result.error.message).toMatch(errorMatches);
    }
    expect(() => analyzeTrust(input)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("unknown operators are reported as warnings, not silently trusted", () => {
    const result = parsePolicy(doc(statement({ Condition: { StringWhatever: { "k:sub": "x" } } })));
    expect(result.ok && result.policy.warnings.length).toBeGreaterThan(0);
  });

  it("12,000 generated documents with hostile leaves never crash the parser", () => {
    const leaf = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.integer(),
      fc.constant(null),
      fc.constantFrom(
        "*",
        "?",
        "${aws:username}",
        "arn:aws-cn:iam::1:root",
        "arn:aws-us-gov:iam::1:role/x",
        "%ZZ",
        "\u0000",
      ),
    );
    const op = fc.constantFrom(
      "StringEquals",
      "StringLike",
      "ForAllValues:StringLike",
      "ForAnyValue:StringEquals",
      "StringNotEqualsIfExists",
      "Null",
      "Bool",
      "ArnLike",
      "Bogus",
      "stringequals",
    );
    const condition = fc.dictionary(
      op,
      fc.dictionary(fc.string({ maxLength: 30 }), fc.oneof(leaf, fc.array(leaf, { maxLength: 4 })), {
        maxKeys: 3,
      }),
      { maxKeys: 3 },
    );
    const stmt = fc.record(
      {
        Effect: fc.oneof(fc.constantFrom("Allow", "Deny"), leaf),
        Principal: fc.oneof(
          fc.constant("*"),
          fc.record({ Federated: fc.oneof(leaf, fc.array(leaf, { maxLength: 3 })) }),
          fc.record({ AWS: leaf }),
          fc.record({ Service: leaf }),
        ),
        NotPrincipal: fc.record({ AWS: leaf }),
        Action: fc.oneof(leaf, fc.array(leaf, { maxLength: 3 })),
        NotAction: fc.oneof(leaf, fc.array(leaf, { maxLength: 3 })),
        Condition: condition,
      },
      { requiredKeys: ["Effect"] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(stmt, { maxLength: 4 }), stmt), fc.boolean(), (statements, encode) => {
        const text = JSON.stringify({ Version: "2012-10-17", Statement: statements });
        const input = encode ? encodeURIComponent(text) : text;
        const result = parsePolicy(input);
        if (!result.ok) expect(typeof result.error.path).toBe("string");
        expect(() => analyzeTrust(input)).not.toThrow();
      }),
      { numRuns: 12_000 },
    );
  });
});
