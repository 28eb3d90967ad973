import { createOrganization, listAllOrganizations } from "@trustwatch/db";
import type { Command } from "commander";
import { out, withDb } from "../lib/context";

export function registerOrg(program: Command): void {
  const org = program.command("org").description("Organizations (tenants)");
  org
    .command("create")
    .description("Create an organization; prints its id, slug and the ExternalId its AWS roles must require")
    .requiredOption("--name <name>", "display name")
    .option("--slug <slug>", "short name used by the CLI (default: from the name)")
    .option("--external-id <id>", "ExternalId to use (default: generated)")
    .option("--json", "print JSON")
    .action(async (o: { name: string; slug?: string; externalId?: string; json?: boolean }) => {
      const created = await withDb((db) =>
        createOrganization(db, { name: o.name, slug: o.slug, externalId: o.externalId }),
      );
      const view = { id: created.id, name: created.name, slug: created.slug, externalId: created.externalId };
      out(o.json ? JSON.stringify(view) : `${view.slug}\t${view.id}\texternal id: ${view.externalId}`);
    });
  org
    .command("list")
    .description("List organizations")
    .action(async () => {
      for (const o of await withDb(listAllOrganizations)) out(`${o.slug}\t${o.id}\t${o.name}`);
    });
}
