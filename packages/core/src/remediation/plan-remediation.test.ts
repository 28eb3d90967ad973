import { describe, expect, it } from "vitest";
import type { Inventory } from "../inventory/types";
import { evaluate } from "../rules/evaluate";
import { cluster, inventory, issuer, NOW, provider, role } from "../test-support/inventory";
import {
  ACCOUNT,
  EKS_ISSUER,
  EKS_PROVIDER,
  irsaPolicy,
  OTHER_EKS_ISSUER,
  policy,
  webIdentityStatement,
} from "../test-support/policies";
import { isPlanError, type Operation, type PlanOptions, planRemediation, planRollback } from "./index";

const OTHER_PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/${OTHER_EKS_ISSUER}`;
const SUB = `${EKS_ISSUER}:sub`;
const AUD = `${EKS_ISSUER}:aud`;
const OBSERVED = "aaaabbbbccccddddeeeeffff0000111122223333";

function findingOf(inv: Inventory, ruleId: string, resourceArn?: string) {
  const f = evaluate(inv, { now: NOW }).find(
    (x) => x.ruleId === ruleId && (!resourceArn || x.resourceArn === resourceArn),
  );
  if (!f) throw new Error(`no ${ruleId} finding`);
  return f;
}

type Case = {
  name: string;
  inventory: Inventory;
  ruleId: string;
  options?: Partial<PlanOptions>;
  expected: {
    kind: string;
    operations: Operation["op"][];
    afterIncludes?: string[];
    afterExcludes?: string[];
  };
};

const cases: Case[] = [
  {
    name: "wildcard sub → StringEquals on the picked service accounts",
    inventory: inventory({
      roles: [
        role(
          "wild",
          policy(
            webIdentityStatement(EKS_PROVIDER, {
              StringLike: { [SUB]: "system:serviceaccount:*:*" },
              StringEquals: { [AUD]: "sts.amazonaws.com" },
            }),
          ),
        ),
      ],
    }),
    ruleId: "trust.wildcard-sub",
    options: { serviceAccounts: ["payments:api", "payments/worker"] },
    expected: {
      kind: "trust.tighten-sub",
      operations: ["UpdateAssumeRolePolicy"],
      afterIncludes: [
        "system:serviceaccount:payments:api",
        "system:serviceaccount:payments:worker",
        '"sts.amazonaws.com"',
      ],
      afterExcludes: ["StringLike"],
    },
  },
  {
    name: "audience-only trust → adds a sub condition",
    inventory: inventory({
      roles: [
        role(
          "aud-only",
          policy(webIdentityStatement(EKS_PROVIDER, { StringEquals: { [AUD]: "sts.amazonaws.com" } })),
        ),
      ],
    }),
    ruleId: "trust.no-sub",
    options: { serviceAccounts: ["system:serviceaccount:web:frontend"] },
    expected: {
      kind: "trust.tighten-sub",
      operations: ["UpdateAssumeRolePolicy"],
      afterIncludes: [`"${SUB}": "system:serviceaccount:web:frontend"`],
    },
  },
  {
    name: "namespace pattern → one service account of that namespace",
    inventory: inventory({
      roles: [
        role(
          "ns",
          policy(
            webIdentityStatement(EKS_PROVIDER, {
              StringLike: { [SUB]: "system:serviceaccount:monitoring:*" },
              StringEquals: { [AUD]: "sts.amazonaws.com" },
            }),
          ),
        ),
      ],
    }),
    ruleId: "trust.namespace-wildcard-sub",
    options: { serviceAccounts: ["monitoring:prometheus"] },
    expected: {
      kind: "trust.tighten-sub",
      operations: ["UpdateAssumeRolePolicy"],
      afterIncludes: ["monitoring:prometheus"],
    },
  },
  {
    name: "missing aud → StringEquals aud sts.amazonaws.com next to the sub",
    inventory: inventory({
      roles: [
        role(
          "no-aud",
          policy(
            webIdentityStatement(EKS_PROVIDER, {
              StringEquals: { [SUB]: "system:serviceaccount:search:indexer" },
            }),
          ),
        ),
      ],
    }),
    ruleId: "trust.no-aud",
    expected: {
      kind: "trust.add-aud",
      operations: ["UpdateAssumeRolePolicy"],
      afterIncludes: [`"${AUD}": "sts.amazonaws.com"`, "search:indexer"],
    },
  },
  {
    name: "dangling provider, other statements kept",
    inventory: inventory({
      roles: [
        role(
          "dangling",
          policy(
            JSON.parse(irsaPolicy("a", "b")).Statement[0],
            JSON.parse(irsaPolicy("qa", "runner", OTHER_EKS_ISSUER, OTHER_PROVIDER)).Statement[0],
          ),
        ),
      ],
    }),
    ruleId: "trust.dangling-provider",
    expected: {
      kind: "trust.remove-dangling-provider",
      operations: ["UpdateAssumeRolePolicy"],
      afterIncludes: [EKS_PROVIDER],
      afterExcludes: [OTHER_PROVIDER],
    },
  },
  {
    name: "dangling provider as the only trust → explicit Deny placeholder",
    inventory: inventory({
      roles: [role("dangling", irsaPolicy("qa", "runner", OTHER_EKS_ISSUER, OTHER_PROVIDER))],
    }),
    ruleId: "trust.dangling-provider",
    expected: {
      kind: "trust.remove-dangling-provider",
      operations: ["UpdateAssumeRolePolicy"],
      afterIncludes: ['"Effect": "Deny"'],
      afterExcludes: [OTHER_PROVIDER],
    },
  },
  {
    name: "thumbprint drift → the observed thumbprint",
    inventory: inventory({
      issuers: [issuer(EKS_ISSUER, { topIntermediateThumbprint: OBSERVED, trustedByPublicCa: false })],
    }),
    ruleId: "provider.thumbprint-drift",
    expected: {
      kind: "provider.set-thumbprint",
      operations: ["UpdateOpenIDConnectProviderThumbprint"],
      afterIncludes: [OBSERVED],
    },
  },
  {
    name: "audience drift (missing sts, extra audience) → exactly sts.amazonaws.com",
    inventory: inventory({ providers: [provider(EKS_ISSUER, { clientIds: ["kubernetes"] })] }),
    ruleId: "provider.audience-drift",
    expected: {
      kind: "provider.fix-audiences",
      operations: ["AddClientIDToOpenIDConnectProvider", "RemoveClientIDFromOpenIDConnectProvider"],
      afterIncludes: ["sts.amazonaws.com"],
      afterExcludes: ["kubernetes"],
    },
  },
  {
    name: "missing provider → created with sts.amazonaws.com and the observed thumbprint",
    inventory: inventory({
      providers: [],
      issuers: [issuer(EKS_ISSUER, { topIntermediateThumbprint: OBSERVED })],
    }),
    ruleId: "provider.missing",
    expected: {
      kind: "provider.create",
      operations: ["CreateOpenIDConnectProvider"],
      afterIncludes: [EKS_ISSUER, OBSERVED],
    },
  },
  {
    name: "orphaned provider nobody trusts → deleted",
    inventory: inventory({ clusters: [cluster(OTHER_EKS_ISSUER, "other")] }),
    ruleId: "provider.orphaned",
    expected: { kind: "provider.delete", operations: ["DeleteOpenIDConnectProvider"] },
  },
];

describe("planRemediation", () => {
  it.each(cases)("$name", ({ inventory: inv, ruleId, options, expected }) => {
    const finding = findingOf(inv, ruleId);
    const plan = planRemediation(finding, inv, { now: NOW, ...options });
    if (isPlanError(plan)) throw new Error(plan.error);
    expect(plan.kind).toBe(expected.kind);
    expect(plan.operations.map((o) => o.op)).toEqual(expected.operations);
    expect(plan.proof.neverWidens).toBe(true);
    expect(plan.proof.resolvesFinding).toBe(true);
    for (const s of expected.afterIncludes ?? []) expect(plan.after).toContain(s);
    for (const s of expected.afterExcludes ?? []) expect(plan.after).not.toContain(s);
    expect(plan.diff.some((l) => l.type !== "same")).toBe(true);
  });
});

type Refusal = {
  name: string;
  inventory: Inventory;
  ruleId: string;
  options?: Partial<PlanOptions>;
  error: RegExp;
};

const refusals: Refusal[] = [
  {
    name: "tighten-sub without a service account",
    inventory: inventory({
      roles: [
        role(
          "aud-only",
          policy(webIdentityStatement(EKS_PROVIDER, { StringEquals: { [AUD]: "sts.amazonaws.com" } })),
        ),
      ],
    }),
    ruleId: "trust.no-sub",
    error: /at least one service account/,
  },
  {
    name: "tighten-sub to a service account outside the current pattern (would widen)",
    inventory: inventory({
      roles: [
        role(
          "ns",
          policy(
            webIdentityStatement(EKS_PROVIDER, {
              StringLike: { [SUB]: "system:serviceaccount:monitoring:*" },
              StringEquals: { [AUD]: "sts.amazonaws.com" },
            }),
          ),
        ),
      ],
    }),
    ruleId: "trust.namespace-wildcard-sub",
    options: { serviceAccounts: ["payments:api"] },
    error: /would widen/,
  },
  {
    name: "tighten-sub with a malformed service account",
    inventory: inventory({
      roles: [
        role(
          "aud-only",
          policy(webIdentityStatement(EKS_PROVIDER, { StringEquals: { [AUD]: "sts.amazonaws.com" } })),
        ),
      ],
    }),
    ruleId: "trust.no-sub",
    options: { serviceAccounts: ["payments:*"] },
    error: /Not a service account/,
  },
  {
    name: "deleting an orphaned provider a role still trusts",
    inventory: inventory({
      clusters: [cluster(OTHER_EKS_ISSUER, "other")],
      roles: [role("still", irsaPolicy("a", "b"))],
    }),
    ruleId: "provider.orphaned",
    error: /still trusted by still/,
  },
];

describe("planRemediation refuses", () => {
  it.each(refusals)("$name", ({ inventory: inv, ruleId, options, error }) => {
    const plan = planRemediation(findingOf(inv, ruleId), inv, { now: NOW, ...options });
    expect(isPlanError(plan) ? plan.error : "planned").toMatch(error);
  });

  it("rules without a planner", () => {
    const inv = inventory({ roles: [role("open", policy(webIdentityStatement(EKS_PROVIDER)))] });
    const plan = planRemediation(findingOf(inv, "trust.no-condition"), inv, { now: NOW });
    expect(plan).toEqual({ error: "No automatic fix for trust.no-condition." });
  });
});

describe("planRollback", () => {
  it("swaps the documents, inverts the operations and reports the widening honestly", () => {
    const inv = inventory({ providers: [provider(EKS_ISSUER, { clientIds: ["kubernetes"] })] });
    const plan = planRemediation(findingOf(inv, "provider.audience-drift"), inv, { now: NOW });
    if (isPlanError(plan)) throw new Error(plan.error);
    const rollback = planRollback(plan, inv, NOW);
    if (isPlanError(rollback)) throw new Error(rollback.error);
    expect(rollback.kind).toBe("rollback");
    expect(rollback.before).toBe(plan.after);
    expect(rollback.after).toBe(plan.before);
    expect(rollback.operations).toEqual([
      { op: "AddClientIDToOpenIDConnectProvider", arn: plan.targetArn, clientId: "kubernetes" },
      { op: "RemoveClientIDFromOpenIDConnectProvider", arn: plan.targetArn, clientId: "sts.amazonaws.com" },
    ]);
    expect(rollback.proof.resolvesFinding).toBe(false);
  });

  it("of a trust change cannot prove it never widens", () => {
    const inv = inventory({
      roles: [role("wild", policy(webIdentityStatement(EKS_PROVIDER, { StringLike: { [SUB]: "*" } })))],
    });
    const plan = planRemediation(findingOf(inv, "trust.wildcard-sub"), inv, {
      now: NOW,
      serviceAccounts: ["a:b"],
    });
    if (isPlanError(plan)) throw new Error(plan.error);
    const rollback = planRollback(plan, inv, NOW);
    if (isPlanError(rollback)) throw new Error(rollback.error);
    expect(rollback.operations).toEqual([
      { op: "UpdateAssumeRolePolicy", roleName: "wild", document: JSON.stringify(JSON.parse(plan.before)) },
    ]);
    expect(rollback.proof.neverWidens).toBe(false);
  });
});
