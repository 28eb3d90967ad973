import { can } from "@trustwatch/api";
import type { Metadata } from "next";
import Link from "next/link";
import { OnboardingWizard } from "@/components/accounts/onboarding-wizard";
import { PageHeader } from "@/components/page-header";
import { getEnv } from "@/env";
import { requireSession } from "@/server/require-session";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Add account" };

export default async function AddAccountPage() {
  await requireSession();
  const caller = await getServerCaller();
  const me = await caller.me.get();
  const canManage = me.activeOrganization ? can(me.activeOrganization.role, "account.manage") : false;
  return (
    <>
      <PageHeader
        title="Add account"
        description="Deploy a read-only audit role in the AWS account, register it, test the connection and run the first scan."
        actions={
          <Link
            href="/accounts"
            className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50"
          >
            Back to accounts
          </Link>
        }
      />
      {canManage ? (
        <OnboardingWizard
          onboarding={await caller.accounts.getOnboarding({ principalArn: getEnv().awsPrincipalArn })}
        />
      ) : (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900">
          Only administrators add AWS accounts. Ask an administrator of your organization.
        </p>
      )}
    </>
  );
}
