import type { Db } from "@trustwatch/db";
import { generateLargeOrg, type Scenario } from "@trustwatch/sandbox";

/** The generated organization of the org-scale benches: `accounts` × 2 regions × 3 clusters, 50 roles each. */
export function benchScenario(accounts: number): Scenario {
  return generateLargeOrg({
    accounts,
    regionsPerAccount: 2,
    clustersPerRegion: 3,
    rolesPerAccount: 50,
    seed: 1,
  });
}

/** An organization with the scenario's accounts registered; each account's row id by AWS account id. */
export async function seedBenchOrganization(
  db: Db,
  scenario: Scenario,
  slug: string,
): Promise<{ organizationId: string; accountIds: Map<string, string> }> {
  const org = await db.organization.create({ data: { name: slug, slug, externalId: `bench-${slug}` } });
  await db.awsAccount.createMany({
    data: scenario.accounts.map((a) => ({
      organizationId: org.id,
      accountId: a.id,
      name: a.name,
      auditRoleArn: `arn:aws:iam::${a.id}:role/TrustwatchAudit`,
      regions: a.regions,
    })),
  });
  const rows = await db.awsAccount.findMany({ where: { organizationId: org.id } });
  return { organizationId: org.id, accountIds: new Map(rows.map((a) => [a.accountId, a.id])) };
}
