import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canAssume } from "../policy/evaluate";
import { parsePolicy } from "../policy/parse";
import { EKS_ISSUER, EKS_PROVIDER, OTHER_EKS_ISSUER } from "../test-support/policies";
import { globMatch } from "../util/glob";
import { analyzeTrust } from "./analyze";
import { isTokenAllowed } from "./token";

const SUBS = [
  "system:serviceaccount:a:x",
  "system:serviceaccount:a:y",
  "system:serviceaccount:b:x",
  "*",
  "a",
  "A",
];
const PATTERNS = [
  ...SUBS,
  "system:serviceaccount:a:*",
  "system:serviceaccount:*:x",
  "*",
  "system:*",
  "?",
  "system:serviceaccount:?:x",
];
const AUDS = ["sts.amazonaws.com", "other", "STS.AMAZONAWS.COM"];
const OPS = [
  "StringEquals",
  "StringNotEquals",
  "StringEqualsIgnoreCase",
  "StringNotEqualsIgnoreCase",
  "StringLike",
  "StringNotLike",
  "StringEqualsIfExists",
  "StringLikeIfExists",
  "StringNotLikeIfExists",
  "ForAllValues:StringLike",
  "ForAnyValue:StringEquals",
  "ForAllValues:StringNotEquals",
  "ForAnyValue:StringNotLike",
  "Null",
  "StringFancy",
];
const KEYS = [
  `${EKS_ISSUER}:sub`,
  `${EKS_ISSUER.toUpperCase()}:SUB`,
  `${EKS_ISSUER}:aud`,
  `${OTHER_EKS_ISSUER}:sub`,
  "sts:RoleSessionName",
];
const OTHER_PROVIDER = `arn:aws:iam::111122223333:oidc-provider/${OTHER_EKS_ISSUER}`;

const arbCondition = fc
  .array(
    fc.tuple(
      fc.constantFrom(...OPS),
      fc.constantFrom(...KEYS),
      fc.array(fc.constantFrom(...PATTERNS, ...AUDS, "true", "false"), { minLength: 1, maxLength: 3 }),
    ),
    {
      maxLength: 3,
    },
  )
  .map((clauses) => {
    const cond: Record<string, Record<string, string[]>> = {};
    for (const [op, key, values] of clauses) {
      cond[op] = { ...(cond[op] ?? {}), [key]: values };
    }
    return cond;
  });

const arbStatement = fc.record({
  Effect: fc.constantFrom("Allow", "Allow", "Deny"),
  Principal: fc.constantFrom<unknown>(
    { Federated: EKS_PROVIDER },
    { Federated: [OTHER_PROVIDER, EKS_PROVIDER] },
    { Federated: OTHER_PROVIDER },
    "*",
    { AWS: "*" },
  ),
  Action: fc.constantFrom<unknown>("sts:AssumeRoleWithWebIdentity", "sts:*", "sts:AssumeRole", [
    "sts:TagSession",
    "sts:AssumeRoleWith*",
  ]),
  Condition: arbCondition,
});

const arbPolicy = fc.array(arbStatement, { minLength: 1, maxLength: 4 }).map((statements) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: statements.map((s) =>
      Object.keys(s.Condition).length === 0 ? { ...s, Condition: undefined } : s,
    ),
  }),
);

describe("who-can-assume agrees with canAssume", () => {
  it("for generated policies and tokens", () => {
    fc.assert(
      fc.property(arbPolicy, fc.constantFrom(...SUBS), fc.constantFrom(...AUDS), (p, sub, aud) => {
        const analysis = analyzeTrust(p, { providerArns: [EKS_PROVIDER] });
        const provider = analysis.providers.find((x) => x.providerArn === EKS_PROVIDER);
        const byAnalysis = provider ? isTokenAllowed(provider, { sub, aud }) : false;
        const byIam = canAssume(p, {
          action: "sts:AssumeRoleWithWebIdentity",
          principal: { type: "Federated", id: EKS_PROVIDER },
          context: { [`${EKS_ISSUER}:sub`]: sub, [`${EKS_ISSUER}:aud`]: aud },
        }).allowed;
        expect(byAnalysis).toBe(byIam);
        // The summary never claims less than IAM allows.
        if (byIam && provider) {
          expect(provider.sub.kind).not.toBe("none");
          const s = provider.sub;
          if (s.kind === "exact" && !s.ignoreCase) expect(s.values).toContain(sub);
          if (s.kind === "patterns" && !s.ignoreCase) {
            expect((s.values ?? []).includes(sub) || s.patterns.some((q) => globMatch(q, sub))).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the parser never crashes", () => {
  const neverThrows = (input: unknown) => {
    const r = parsePolicy(input);
    if (!r.ok) {
      expect(typeof r.error.message).toBe("string");
      expect(typeof r.error.path).toBe("string");
    }
    expect(() => analyzeTrust(input)).not.toThrow();
  };

  it("on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => neverThrows(v)),
      { numRuns: 2000 },
    );
  });
  it("on arbitrary JSON text and random strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.string({ unit: "binary" })), (s) => neverThrows(s)),
      { numRuns: 2000 },
    );
  });
  it("on mutated valid policies", () => {
    fc.assert(
      fc.property(arbPolicy, fc.nat(), fc.nat(), fc.string({ maxLength: 4 }), (p, at, del, insert) => {
        const i = at % (p.length + 1);
        const mutated = p.slice(0, i) + insert + p.slice(i + (del % 5));
        neverThrows(mutated);
        neverThrows(encodeURIComponent(mutated));
      }),
      { numRuns: 2000 },
    );
  });
  it("on structurally valid documents with random element values", () => {
    fc.assert(
      fc.property(
        fc.record({
          Effect: fc.jsonValue(),
          Principal: fc.jsonValue(),
          Action: fc.jsonValue(),
          Condition: fc.jsonValue(),
        }),
        (s) => neverThrows({ Version: "2012-10-17", Statement: [s] }),
      ),
      { numRuns: 2000 },
    );
  });
});
