import type { Inventory } from "../inventory/types";
import { InventoryIndex } from "../rules/inventory-index";
import type { Finding } from "../rules/types";
import { buildPlan } from "./build-plan";
import { findProvider } from "./context";
import { providerDocument } from "./documents";
import type { PlanOptions, PlanResult } from "./types";

/**
 * provider.orphaned: delete the provider — refused while any role's trust policy still names it
 * (deleting it would leave those roles dangling; remove their statements first).
 */
export function planDeleteProvider(finding: Finding, inventory: Inventory, options: PlanOptions): PlanResult {
  const provider = findProvider(finding, inventory);
  if ("error" in provider) return provider;
  const index = new InventoryIndex(inventory);
  const trusting = inventory.roles.filter((r) =>
    index.trustOf(r).providers.some((p) => p.providerArn === provider.arn),
  );
  if (trusting.length > 0)
    return {
      error: `Provider ${provider.url} is still trusted by ${trusting.map((r) => r.name).join(", ")}: remove those trust statements first.`,
    };
  return buildPlan(
    {
      kind: "provider.delete",
      finding,
      summary: `Delete the orphaned provider ${provider.url}`,
      targetArn: provider.arn,
      accountId: provider.accountId,
      resourceType: "provider",
      before: providerDocument(provider),
      after: "",
      notes: [
        "A rollback re-creates the provider with the same URL, client ids and thumbprints, but not its tags.",
      ],
    },
    inventory,
    options.now,
  );
}
