import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Overview" };

const SEVERITIES = [
  { label: "Critical", accent: "border-l-red-600" },
  { label: "High", accent: "border-l-orange-500" },
  { label: "Medium", accent: "border-l-amber-400" },
  { label: "Low", accent: "border-l-sky-500" },
  { label: "Info", accent: "border-l-slate-400" },
] as const;

export default function OverviewPage() {
  return (
    <>
      <PageHeader
        title="Overview"
        description="Workload identity posture across your AWS accounts: open findings by severity, trends and the riskiest trust policies."
      />
      <div className="mb-5 grid grid-cols-5 gap-3">
        {SEVERITIES.map((severity) => (
          <div
            key={severity.label}
            className={`rounded-md border border-l-4 border-slate-200 bg-white px-4 py-3 ${severity.accent}`}
          >
            <p className="text-xs font-medium text-slate-500">{severity.label}</p>
            <p className="mt-1 text-xl font-semibold text-slate-300" title="No scan yet">
              —
            </p>
          </div>
        ))}
      </div>
      <EmptyState
        title="No posture data yet"
        steps={[
          "Add an AWS account with its read-only audit role (Accounts).",
          "Start a scan (Scans).",
          "Review the findings it raises and request fixes (Findings).",
        ]}
      >
        Counts by severity, the posture trend and the roles that any service account can assume appear here
        after the first scan.
      </EmptyState>
    </>
  );
}
