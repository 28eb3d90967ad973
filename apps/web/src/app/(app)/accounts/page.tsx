import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Accounts" };

export default function AccountsPage() {
  return (
    <>
      <PageHeader
        title="Accounts"
        description="AWS accounts Trustwatch audits through a read-only role that requires your organization's ExternalId."
      />
      <EmptyState
        title="No AWS accounts yet"
        steps={[
          "Create a read-only audit role in the account that trusts Trustwatch and requires your ExternalId (Settings).",
          "Register the account here with that role's ARN and the regions to scan.",
          "Start a scan from Scans.",
        ]}
      >
        Each registered account will be listed with its audit role, enabled regions, last scan and any access
        error.
      </EmptyState>
    </>
  );
}
