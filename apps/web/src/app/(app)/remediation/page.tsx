import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { RemediationQueueTable, RemediationTabs } from "@/components/remediation/remediation-queue";
import type { RemediationTab } from "@/components/remediation/types";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Remediation" };

const TABS: RemediationTab[] = ["pending", "approved", "running", "done", "failed"];
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function RemediationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const finding = first(params.finding);
  // Older links ("Request fix" on a finding) land here: the plan lives on /remediation/new.
  if (finding) redirect(`/remediation/new?finding=${encodeURIComponent(finding)}`);
  const requested = first(params.tab);
  const tab = TABS.find((t) => t === requested) ?? "pending";
  const caller = await getServerCaller();
  const list = await caller.remediation.list({ tab });
  const total = Object.values(list.counts).reduce((a, b) => a + b, 0);

  return (
    <>
      <PageHeader
        title="Remediation"
        description="Proposed fixes with the policy before and after, waiting for an approver, running, or done."
      />
      {total === 0 ? (
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
      ) : (
        <>
          <RemediationTabs active={tab} counts={list.counts} />
          {list.items.length === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-slate-500">
              Nothing in this tab.
            </p>
          ) : (
            <RemediationQueueTable items={list.items} />
          )}
        </>
      )}
    </>
  );
}
