import type { Inventory } from "../inventory/types";
import type { Finding } from "../rules/types";
import { planAddAud } from "./plan-add-aud";
import { planCreateProvider } from "./plan-create-provider";
import { planDeleteProvider } from "./plan-delete-provider";
import { planAudienceFix } from "./plan-fix-audiences";
import { planRemoveDanglingProvider } from "./plan-remove-dangling-provider";
import { planThumbprintUpdate } from "./plan-thumbprint";
import { planTightenSub } from "./plan-tighten-sub";
import type { PlanOptions, PlanResult, RemediationKind } from "./types";

export { diffLines } from "./diff";
export {
  canonicalDocument,
  decodeTrustDocument,
  parseProviderDocument,
  prettyJson,
  providerDocument,
  sameDocument,
} from "./documents";
export { applyOperationsToInventory, operationsFor } from "./operations";
export { planRollback } from "./plan-rollback";
export { checkResolves, proveProviderChange, proveTrustChange } from "./proof";
export {
  type ServiceAccountSuggestion,
  type ServiceAccountSuggestions,
  suggestServiceAccounts,
  toServiceAccountSubject,
} from "./suggest-service-accounts";
export * from "./types";
export {
  planAddAud,
  planAudienceFix,
  planCreateProvider,
  planDeleteProvider,
  planRemoveDanglingProvider,
  planThumbprintUpdate,
  planTightenSub,
};

type Planner = (finding: Finding, inventory: Inventory, options: PlanOptions) => PlanResult;

const PLANNERS: Record<string, { kind: RemediationKind; plan: Planner }> = {
  "trust.wildcard-sub": { kind: "trust.tighten-sub", plan: planTightenSub },
  "trust.no-sub": { kind: "trust.tighten-sub", plan: planTightenSub },
  "trust.namespace-wildcard-sub": { kind: "trust.tighten-sub", plan: planTightenSub },
  "trust.no-aud": { kind: "trust.add-aud", plan: planAddAud },
  "trust.dangling-provider": { kind: "trust.remove-dangling-provider", plan: planRemoveDanglingProvider },
  "provider.thumbprint-drift": { kind: "provider.set-thumbprint", plan: planThumbprintUpdate },
  "provider.audience-drift": { kind: "provider.fix-audiences", plan: planAudienceFix },
  "provider.missing": { kind: "provider.create", plan: planCreateProvider },
  "provider.orphaned": { kind: "provider.delete", plan: planDeleteProvider },
};

/** The planner kind for a rule, or null when Trustwatch cannot fix that rule's findings. */
export function remediationKindFor(ruleId: string): RemediationKind | null {
  return PLANNERS[ruleId]?.kind ?? null;
}

/**
 * A concrete change that fixes the finding, with the documents before and after and the proofs
 * that it never widens access and resolves the finding. Pure: the clock comes in `options`.
 */
export function planRemediation(finding: Finding, inventory: Inventory, options: PlanOptions): PlanResult {
  const planner = PLANNERS[finding.ruleId];
  if (!planner) return { error: `No automatic fix for ${finding.ruleId}.` };
  return planner.plan(finding, inventory, options);
}
