import { describe, expect, it } from "vitest";
import { evaluate } from "../rules/evaluate";
import { association, inventory, NOW, role } from "../test-support/inventory";
import { EKS_ISSUER, EKS_PROVIDER, policy, webIdentityStatement } from "../test-support/policies";
import { diffLines } from "./diff";
import { canonicalDocument, sameDocument } from "./documents";
import { suggestServiceAccounts } from "./suggest-service-accounts";

describe("sameDocument", () => {
  const doc =
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}';
  it.each([
    {
      name: "URL-encoded as GetRole returns it",
      a: doc,
      b: encodeURIComponent(doc),
      kind: "role" as const,
      same: true,
    },
    {
      name: "key order and whitespace",
      a: doc,
      b: JSON.stringify(JSON.parse(doc), null, 2),
      kind: "role" as const,
      same: true,
    },
    {
      name: "a changed statement",
      a: doc,
      b: doc.replace("Allow", "Deny"),
      kind: "role" as const,
      same: false,
    },
    {
      name: "provider list order and thumbprint case",
      a: '{"Url":"oidc.example.com","ClientIDList":["a","b"],"ThumbprintList":["AB"]}',
      b: '{"Url":"https://oidc.example.com","ClientIDList":["b","a"],"ThumbprintList":["ab"]}',
      kind: "provider" as const,
      same: true,
    },
    {
      name: "absent vs present",
      a: "",
      b: '{"Url":"x","ClientIDList":[],"ThumbprintList":[]}',
      kind: "provider" as const,
      same: false,
    },
    { name: "unreadable is never the same", a: "{", b: "{", kind: "role" as const, same: false },
  ])("$name", ({ a, b, kind, same }) => {
    expect(sameDocument(kind, a, b)).toBe(same);
  });

  it("absent stays absent", () => {
    expect(canonicalDocument("provider", "  ")).toBe("");
  });
});

describe("diffLines", () => {
  it.each([
    { before: "a\nb\nc", after: "a\nc", expected: ["  a", "- b", "  c"] },
    { before: "a\nc", after: "a\nb\nc", expected: ["  a", "+ b", "  c"] },
    { before: "", after: "x", expected: ["+ x"] },
    { before: "x", after: "", expected: ["- x"] },
  ])("$before → $after", ({ before, after, expected }) => {
    const sign = { same: " ", add: "+", remove: "-" } as const;
    expect(diffLines(before, after).map((l) => `${sign[l.type]} ${l.text}`)).toEqual(expected);
  });
});

describe("suggestServiceAccounts", () => {
  it("offers the cluster's Pod Identity service accounts that the current pattern accepts", () => {
    const inv = inventory({
      roles: [
        role(
          "ns",
          policy(
            webIdentityStatement(EKS_PROVIDER, {
              StringLike: { [`${EKS_ISSUER}:sub`]: "system:serviceaccount:payments:*" },
            }),
          ),
        ),
      ],
      podIdentityAssociations: [
        association(),
        association({
          associationId: "a-2",
          associationArn: "x/a-2",
          namespace: "billing",
          serviceAccount: "sync",
        }),
      ],
    });
    const finding = evaluate(inv, { now: NOW }).find((f) => f.ruleId === "trust.namespace-wildcard-sub");
    if (!finding) throw new Error("no finding");
    const s = suggestServiceAccounts(finding, inv);
    expect(s.current).toEqual(["system:serviceaccount:payments:*"]);
    expect(s.suggestions.map((x) => x.subject)).toEqual(["system:serviceaccount:payments:api"]);
  });
});
