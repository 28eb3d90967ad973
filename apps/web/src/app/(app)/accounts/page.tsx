import { can } from "@trustwatch/api";
import type { Metadata } from "next";
import Link from "next/link";
import { AccountsTable } from "@/components/accounts/accounts-table";
import { DiscoverAccountsForm } from "@/components/accounts/discover-accounts-form";
import { PageHeader } from "@/components/page-header";
import { requireSession } from "@/server/require-session";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  await requireSession();
  const caller = await getServerCaller();
  const me = await caller.me.get();
  const canManage = me.activeOrganization ? can(me.activeOrganization.role, "account.manage") : false;
  const onboarding = canManage ? await caller.accounts.getOnboarding() : null;
  return (
    <>
      <PageHeader
        title="Accounts"
        description="AWS accounts Trustwatch audits through a read-only role that requires your organization's ExternalId."
        actions={
          canManage ? (
            <>
              <DiscoverAccountsForm managementRoleArn={onboarding?.discovery.managementRoleArn ?? null} />
              <Link
                href="/accounts/new"
                className="rounded bg-sky-600 px-3 py-1.5 font-medium text-white hover:bg-sky-700"
              >
                Add account
              </Link>
            </>
          ) : null
        }
      />
      <AccountsTable canManage={canManage} />
    </>
  );
}
