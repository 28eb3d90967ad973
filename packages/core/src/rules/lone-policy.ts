import { emptyInventory, type Role } from "../inventory/types";
import type { PolicyError } from "../policy/model";
import { analyzeTrust } from "../trust/analyze";
import type { TrustAnalysis } from "../trust/types";
import { evaluate } from "./evaluate";
import { listRules } from "./registry";
import type { Finding } from "./types";

export type LonePolicyOptions = { providerArn?: string; roleArn?: string; now?: Date };
export type LonePolicyReport =
  | { ok: true; analysis: TrustAnalysis; findings: Finding[] }
  | { ok: false; error: PolicyError };

/**
 * Checks one trust policy before it is applied: who can assume, and the findings of the rules
 * that need nothing but the policy (trust.*, podidentity.* on the trust itself).
 */
export function checkTrustPolicy(policy: string, options: LonePolicyOptions = {}): LonePolicyReport {
  const trustContext = options.providerArn ? { providerArns: [options.providerArn] } : {};
  const analysis = analyzeTrust(policy, trustContext);
  if (analysis.policyError) return { ok: false, error: analysis.policyError };
  const roleArn = options.roleArn ?? "arn:aws:iam::000000000000:role/policy-under-review";
  const role: Role = {
    arn: roleArn,
    accountId: roleArn.split(":")[4] ?? "000000000000",
    name: roleArn.split("/").pop() ?? "policy-under-review",
    path: "/",
    trustPolicy: policy,
    attachedPolicies: [],
    inlinePolicies: [],
    maxSessionDuration: 3600,
    lastUsedAt: null,
    createdAt: null,
  };
  const inventory = { ...emptyInventory(), roles: [role] };
  const rules = listRules().filter((r) => r.appliesToLonePolicy);
  const findings = evaluate(inventory, { now: options.now ?? new Date(0), rules, trustContext });
  return { ok: true, analysis, findings };
}
