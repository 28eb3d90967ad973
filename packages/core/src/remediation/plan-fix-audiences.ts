import type { Inventory } from "../inventory/types";
import { isEksIssuer } from "../issuers/eks";
import { InventoryIndex } from "../rules/inventory-index";
import { STS_AUDIENCE } from "../rules/trust/no-aud";
import type { Finding } from "../rules/types";
import { buildPlan } from "./build-plan";
import { findProvider } from "./context";
import { providerDocument } from "./documents";
import type { PlanOptions, PlanResult } from "./types";

/**
 * provider.audience-drift: IRSA tokens carry `aud: sts.amazonaws.com`, so an EKS provider's client
 * ids should be exactly that: add it when missing, and remove extra audiences (which is what the
 * rule flags too: a role without an aud condition would accept tokens minted for them).
 */
export function planAudienceFix(finding: Finding, inventory: Inventory, options: PlanOptions): PlanResult {
  const provider = findProvider(finding, inventory);
  if ("error" in provider) return provider;
  if (!isEksIssuer(provider.url))
    return { error: "Only EKS providers are expected to use sts.amazonaws.com alone." };
  const extra = provider.clientIds.filter((c) => c !== STS_AUDIENCE);
  const notes: string[] = [];
  if (!provider.clientIds.includes(STS_AUDIENCE))
    notes.push(
      `Adds ${STS_AUDIENCE}: roles that trust this provider start accepting the service accounts their trust policies already name.`,
    );
  if (extra.length > 0) {
    const index = new InventoryIndex(inventory);
    const relying = index
      .rolesTrustingProvider(provider.arn)
      .flatMap((arn) => index.rolesByArn.get(arn) ?? [])
      .filter((r) =>
        index.trustOf(r).providers.some((p) => p.providerArn === provider.arn && p.aud.kind === "any"),
      );
    notes.push(
      `Removes ${extra.join(", ")}: tokens minted for ${extra.length > 1 ? "these audiences" : "this audience"} stop being accepted${
        relying.length > 0
          ? ` (roles without an aud condition: ${relying.map((r) => r.name).join(", ")})`
          : ""
      }.`,
    );
  }
  return buildPlan(
    {
      kind: "provider.fix-audiences",
      finding,
      summary: `Make ${STS_AUDIENCE} the only client id of provider ${provider.url}`,
      targetArn: provider.arn,
      accountId: provider.accountId,
      resourceType: "provider",
      before: providerDocument(provider),
      after: providerDocument({ ...provider, clientIds: [STS_AUDIENCE] }),
      notes,
    },
    inventory,
    options.now,
  );
}
