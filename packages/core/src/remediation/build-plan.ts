import type { Inventory } from "../inventory/types";
import type { Finding } from "../rules/types";
import { diffLines } from "./diff";
import type { ResourceKind } from "./documents";
import { applyOperationsToInventory, operationsFor } from "./operations";
import { checkResolves, proveProviderChange, proveTrustChange } from "./proof";
import type { PlanResult, RemediationKind } from "./types";

export type PlanDraft = {
  kind: RemediationKind;
  finding: Pick<Finding, "ruleId" | "fingerprint"> | null;
  summary: string;
  targetArn: string;
  accountId: string;
  resourceType: ResourceKind;
  before: string;
  after: string;
  notes?: string[];
  subjects?: string[];
};

/** Turns a planner's before/after into a full plan: operations, diff, and the two proofs. */
export function buildPlan(draft: PlanDraft, inventory: Inventory, now: Date): PlanResult {
  const operations = operationsFor(draft.resourceType, draft.targetArn, draft.before, draft.after);
  if ("error" in operations) return operations;
  if (operations.length === 0)
    return { error: "The resource already looks like the fix: nothing to change." };
  const changed = applyOperationsToInventory(inventory, { ...draft, operations });
  const widen =
    draft.resourceType === "role"
      ? proveTrustChange(draft.before, draft.after)
      : proveProviderChange(inventory, changed, draft.targetArn);
  return {
    kind: draft.kind,
    ruleId: draft.finding?.ruleId ?? null,
    findingFingerprint: draft.finding?.fingerprint ?? null,
    summary: draft.summary,
    targetArn: draft.targetArn,
    accountId: draft.accountId,
    resourceType: draft.resourceType,
    before: draft.before,
    after: draft.after,
    diff: diffLines(draft.before, draft.after),
    operations,
    proof: {
      neverWidens: widen.neverWidens,
      resolvesFinding: draft.finding ? checkResolves(draft.finding, changed, now) : false,
      detail: widen.detail,
      notes: draft.notes ?? [],
    },
    ...(draft.subjects ? { subjects: draft.subjects } : {}),
  };
}
