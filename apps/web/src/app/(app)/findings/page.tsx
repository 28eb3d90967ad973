import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Findings" };

export default function FindingsPage() {
  return (
    <>
      <PageHeader
        title="Findings"
        description="Risky trust conditions, orphaned providers and drift, by severity, from the rule catalogue."
      />
      <EmptyState title="No findings yet" steps={["Add an AWS account (Accounts).", "Start a scan (Scans)."]}>
        When a scan finishes, its findings are listed here with their evidence; you can filter them,
        allow-list exceptions, or request a fix.
      </EmptyState>
    </>
  );
}
