import type { IAMClient } from "@aws-sdk/client-iam";
import { readLiveState } from "@trustwatch/aws";
import { evaluate, InventoryIndex, type Plan, parseProviderDocument } from "@trustwatch/core";
import {
  listActiveExceptions,
  loadOrgInventory,
  reconcileResourceFindings,
  recordRemediatedProvider,
  recordRemediatedRole,
} from "@trustwatch/db";
import type { ProcessorDeps } from "../deps";

/**
 * Re-reads the changed resource from IAM, records it, re-runs the rule catalogue over the
 * org-wide inventory and reconciles the findings of the resources the change can affect.
 * Returns the live document and whether the plan's finding is still reported.
 */
export async function rescanTarget(
  deps: ProcessorDeps,
  iam: IAMClient,
  input: { organizationId: string; awsAccountId: string; plan: Plan; findingResourceArn: string | null },
) {
  const { organizationId, plan } = input;
  const now = deps.now();
  const live = await readLiveState(iam, plan);
  if (plan.resourceType === "role") {
    // Stored compact, as a scan would store IAM's (decoded) document.
    if (live !== "")
      await recordRemediatedRole(deps.db, organizationId, {
        arn: plan.targetArn,
        trustPolicy: JSON.stringify(JSON.parse(live)),
        now,
      });
  } else {
    await recordRemediatedProvider(deps.db, organizationId, {
      awsAccountId: input.awsAccountId,
      accountId: plan.accountId,
      arn: plan.targetArn,
      provider: parseProviderDocument(live),
      now,
    });
  }

  const inventory = await loadOrgInventory(deps.db, organizationId);
  const exceptions = await listActiveExceptions(deps.db, organizationId);
  const findings = evaluate(inventory, { now, exceptions });
  // A provider change also moves findings of the roles that trust it (dangling, no-aud severity).
  const index = new InventoryIndex(inventory);
  const trusting =
    plan.resourceType === "provider"
      ? inventory.roles
          .filter((r) => index.trustOf(r).providers.some((p) => p.providerArn === plan.targetArn))
          .map((r) => r.arn)
      : [];
  const resourceArns = [
    plan.targetArn,
    ...(input.findingResourceArn ? [input.findingResourceArn] : []),
    ...trusting,
  ];
  const reconciled = await reconcileResourceFindings(deps.db, organizationId, {
    resourceArns,
    findings,
    now,
  });
  const isFindingPresent =
    plan.findingFingerprint !== null && findings.some((f) => f.fingerprint === plan.findingFingerprint);
  return { live, reconciled, isFindingPresent };
}
