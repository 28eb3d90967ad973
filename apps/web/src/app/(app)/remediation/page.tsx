import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Remediation" };

export default function RemediationPage() {
  return (
    <>
      <PageHeader
        title="Remediation"
        description="Proposed fixes with the policy before and after, waiting for an approver, running, or done."
      />
      <EmptyState
        title="No remediation requests"
        steps={[
          "Open a finding (Findings).",
          "Request its proposed fix.",
          "An approver reviews and approves it here.",
        ]}
      >
        An analyst requests a fix from a finding; a different member with the approver role approves it;
        Trustwatch then applies it with the remediation role and re-scans the resource.
      </EmptyState>
    </>
  );
}
