import { describe, expect, it } from "vitest";
import { MAX_POLICY_CHARS } from "./decode";
import { parsePolicy } from "./parse";

const provider = "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC";
const statement = {
  Effect: "Allow",
  Principal: { Federated: provider },
  Action: "sts:AssumeRoleWithWebIdentity",
};
const doc = (s: unknown) => JSON.stringify({ Version: "2012-10-17", Statement: s });

describe("parsePolicy accepts what IAM stores", () => {
  const cases: {
    name: string;
    input: unknown;
    statements: number;
    check?: (p: Extract<ReturnType<typeof parsePolicy>, { ok: true }>) => void;
  }[] = [
    { name: "plain JSON, Statement array", input: doc([statement]), statements: 1 },
    { name: "Statement as a single object", input: doc(statement), statements: 1 },
    {
      name: "URL-encoded (as GetRole returns)",
      input: encodeURIComponent(doc([statement, statement])),
      statements: 2,
    },
    { name: "already-parsed object", input: JSON.parse(doc(statement)), statements: 1 },
    {
      name: "Principal *",
      input: doc({ ...statement, Principal: "*" }),
      statements: 1,
      check: (r) => expect(r.policy.statements[0]?.principal).toEqual({ kind: "any" }),
    },
    {
      name: "Principal lists",
      input: doc({
        ...statement,
        Principal: {
          AWS: ["111122223333", "arn:aws:iam::111122223333:role/x"],
          Service: "pods.eks.amazonaws.com",
        },
      }),
      statements: 1,
      check: (r) =>
        expect(r.policy.statements[0]?.principal).toMatchObject({
          aws: ["111122223333", "arn:aws:iam::111122223333:role/x"],
          service: ["pods.eks.amazonaws.com"],
        }),
    },
    {
      name: "NotPrincipal and NotAction",
      input: doc({ Effect: "Deny", NotPrincipal: { AWS: "111122223333" }, NotAction: "sts:Tag*" }),
      statements: 1,
    },
    {
      name: "Condition values of JSON types become strings",
      input: doc({
        ...statement,
        Condition: { Bool: { "aws:MultiFactorAuthPresent": true }, NumericLessThan: { n: 5 } },
      }),
      statements: 1,
      check: (r) =>
        expect(r.policy.statements[0]?.conditions.map((c) => c.values)).toEqual([["true"], ["5"]]),
    },
    {
      name: "unknown operator is a warning, not an error",
      input: doc([{ ...statement, Condition: { StringEqualz: { k: "v" } } }]),
      statements: 1,
      check: (r) =>
        expect(r.policy.warnings.map((w) => [w.code, w.path])).toContainEqual([
          "unknown-operator",
          "Statement[0].Condition.StringEqualz",
        ]),
    },
    {
      name: "aws-us-gov partition",
      input: doc({ ...statement, Principal: { AWS: "arn:aws-us-gov:iam::111122223333:root" } }),
      statements: 1,
    },
  ];
  it.each(cases)("$name", ({ input, statements, check }) => {
    const r = parsePolicy(input);
    if (!r.ok) throw new Error(`${r.error.message} at ${r.error.path}`);
    expect(r.policy.statements).toHaveLength(statements);
    check?.(r);
  });
});

describe("parsePolicy rejects malformed documents with a path", () => {
  const cases: { name: string; input: unknown; path: string; message: RegExp }[] = [
    { name: "not JSON", input: "{nope", path: "", message: /not valid JSON/ },
    { name: "bad URL encoding", input: "%E0%A4%A", path: "", message: /URL-encoded/ },
    { name: "empty", input: "   ", path: "", message: /empty/ },
    { name: "array document", input: "[]", path: "", message: /JSON object/ },
    {
      name: "too large",
      input: `{"Statement":[],"x":"${"a".repeat(MAX_POLICY_CHARS)}"}`,
      path: "",
      message: /larger than/,
    },
    { name: "too deep", input: `${"[".repeat(40)}${"]".repeat(40)}`, path: "", message: /nests 40 levels/ },
    { name: "missing Statement", input: '{"Version":"2012-10-17"}', path: "Statement", message: /required/ },
    {
      name: "bad Version",
      input: '{"Version":"2020-01-01","Statement":[]}',
      path: "Version",
      message: /Version/,
    },
    { name: "empty Statement list", input: doc([]), path: "Statement", message: /empty/ },
    {
      name: "bad Effect",
      input: doc([statement, { ...statement, Effect: "allow" }]),
      path: "Statement[1].Effect",
      message: /Allow/,
    },
    {
      name: "unknown element",
      input: doc([{ ...statement, Foo: 1 }]),
      path: "Statement[0].Foo",
      message: /unknown statement element/,
    },
    {
      name: "Resource in trust",
      input: doc([{ ...statement, Resource: "*" }]),
      path: "Statement[0].Resource",
      message: /Resource/,
    },
    {
      name: "no principal",
      input: doc([{ Effect: "Allow", Action: "sts:AssumeRole" }]),
      path: "Statement[0]",
      message: /Principal/,
    },
    {
      name: "Principal and NotPrincipal",
      input: doc([{ ...statement, NotPrincipal: "*" }]),
      path: "Statement[0]",
      message: /both/,
    },
    {
      name: "unknown principal type",
      input: doc([{ ...statement, Principal: { Aws: "1" } }]),
      path: "Statement[0].Principal.Aws",
      message: /principal type/,
    },
    {
      name: "principal number",
      input: doc([{ ...statement, Principal: { AWS: 1 } }]),
      path: "Statement[0].Principal.AWS",
      message: /string/,
    },
    {
      name: "bad action",
      input: doc([{ ...statement, Action: ["sts:AssumeRole", "AssumeRole"] }]),
      path: "Statement[0].Action[1]",
      message: /not an action/,
    },
    {
      name: "condition not object",
      input: doc([{ ...statement, Condition: [] }]),
      path: "Statement[0].Condition",
      message: /object/,
    },
    {
      name: "condition value object",
      input: doc([statement, { ...statement, Condition: { StringLike: { "x:sub": { a: 1 } } } }]),
      path: 'Statement[1].Condition.StringLike["x:sub"]',
      message: /string, number or boolean/,
    },
    {
      name: "operator block not an object",
      input: doc([{ ...statement, Condition: { StringLike: "x" } }]),
      path: "Statement[0].Condition.StringLike",
      message: /map condition keys/,
    },
    {
      name: "null condition value in list",
      input: doc([{ ...statement, Condition: { StringLike: { k: ["a", null] } } }]),
      path: "Statement[0].Condition.StringLike.k[1]",
      message: /null/,
    },
  ];
  it.each(cases)("$name", ({ input, path, message }) => {
    const r = parsePolicy(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.path).toBe(path);
    expect(r.error.message).toMatch(message);
  });

  it("identity policies need Resource and forbid Principal", () => {
    expect(parsePolicy(doc({ Effect: "Allow", Action: "*", Resource: "*" }), { kind: "identity" }).ok).toBe(
      true,
    );
    expect(parsePolicy(doc(statement), { kind: "identity" }).ok).toBe(false);
  });
});
