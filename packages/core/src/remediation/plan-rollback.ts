import type { Inventory } from "../inventory/types";
import { buildPlan } from "./build-plan";
import type { Plan, PlanResult } from "./types";

/**
 * The inverse of an applied plan: `before` is what the plan wrote, `after` what it replaced. It
 * goes through the same approval; its proof is shown but not required (restoring the old
 * document may well widen access again, and reopen the finding).
 */
export function planRollback(original: Plan, inventory: Inventory, now: Date): PlanResult {
  const finding =
    original.ruleId && original.findingFingerprint
      ? { ruleId: original.ruleId, fingerprint: original.findingFingerprint }
      : null;
  const plan = buildPlan(
    {
      kind: "rollback",
      finding,
      summary: `Roll back: ${original.summary}`,
      targetArn: original.targetArn,
      accountId: original.accountId,
      resourceType: original.resourceType,
      before: original.after,
      after: original.before,
      notes: ["Restores the document from before the remediation; the finding it fixed may reopen."],
    },
    inventory,
    now,
  );
  return plan;
}
