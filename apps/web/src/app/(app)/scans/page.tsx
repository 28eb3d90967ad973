import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Scans" };

export default function ScansPage() {
  return (
    <>
      <PageHeader
        title="Scans"
        description="Manual and scheduled scans, their progress per account, and accounts that failed."
      />
      <EmptyState title="No scans yet" steps={["Add an AWS account (Accounts).", "Start a scan here."]}>
        Each scan will show its status, per-account progress and errors, and the findings it opened and
        resolved.
      </EmptyState>
    </>
  );
}
