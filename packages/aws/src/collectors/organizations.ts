import { type OrganizationsClient, paginateListAccounts } from "@aws-sdk/client-organizations";

export type DiscoveredAccount = { accountId: string; name: string; email: string | null; status: string };

/** Member accounts of an AWS Organization, listed from a management-account role. */
export async function listOrganizationAccounts(
  organizations: OrganizationsClient,
): Promise<DiscoveredAccount[]> {
  const accounts: DiscoveredAccount[] = [];
  for await (const page of paginateListAccounts({ client: organizations, pageSize: 20 }, {})) {
    for (const a of page.Accounts ?? []) {
      if (!a.Id) continue;
      accounts.push({
        accountId: a.Id,
        name: a.Name ?? a.Id,
        email: a.Email ?? null,
        status: a.Status ?? "ACTIVE",
      });
    }
  }
  return accounts;
}
