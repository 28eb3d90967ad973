import { loadOrgInventory } from "@trustwatch/db";
import type { Command } from "commander";
import { out, requireOrganization, withDb } from "../lib/context";

export function registerInventory(program: Command): void {
  program
    .command("inventory")
    .description("Print the organization's current inventory (resources not gone)")
    .requiredOption("--org <org>", "organization slug or id")
    .option("--json", "print JSON (default: a summary)")
    .action(async (o: { org: string; json?: boolean }) => {
      const inventory = await withDb(async (db) =>
        loadOrgInventory(db, (await requireOrganization(db, o.org)).id),
      );
      if (o.json) return out(JSON.stringify(inventory, null, 2));
      out(`accounts: ${inventory.accounts.length}`);
      out(`clusters: ${inventory.clusters.length}`);
      out(`oidc providers: ${inventory.providers.length}`);
      out(
        `issuers: ${inventory.issuers.length} (${inventory.issuers.filter((i) => !i.reachable).length} unreachable)`,
      );
      out(`roles: ${inventory.roles.length}`);
      out(`pod identity associations: ${inventory.podIdentityAssociations.length}`);
      out(`identity provider configs: ${inventory.identityProviderConfigs.length}`);
    });
}
