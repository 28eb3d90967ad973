import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { FailedAccounts, RecentDrift, TopRiskyRoles } from "@/components/overview/overview-lists";
import { PostureScore, SeverityCards } from "@/components/overview/severity-cards";
import { TrendChart } from "@/components/overview/trend-chart";
import { PageHeader } from "@/components/page-header";
import { formatDateTime } from "@/components/ui/format-date";
import { PanelCard } from "@/components/ui/panel-card";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const caller = await getServerCaller();
  const [summary, trend, top, failed, drift] = await Promise.all([
    caller.overview.getSummary(),
    caller.overview.getTrend(),
    caller.overview.topRiskyRoles({ limit: 8 }),
    caller.overview.failedAccounts(),
    caller.overview.recentDrift(),
  ]);
  const header = (
    <PageHeader
      title="Overview"
      description="Workload identity posture across your AWS accounts: open findings by severity, trends and the riskiest trust policies."
    />
  );
  if (!summary.posture && summary.openTotal === 0 && failed.accounts.length === 0) {
    return (
      <>
        {header}
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
  return (
    <>
      {header}
      <div className="mb-4 grid grid-cols-[220px_1fr] gap-3">
        <PostureScore
          score={summary.posture?.score ?? null}
          takenAt={summary.posture ? formatDateTime(summary.posture.takenAt) : null}
        />
        <SeverityCards open={summary.open} />
      </div>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <PanelCard
          title="Open findings per scan"
          actions={<span className="text-xs text-slate-500">{trend.points.length} scans</span>}
        >
          <TrendChart points={trend.points} />
        </PanelCard>
        <PanelCard
          title="Riskiest roles"
          testId="riskiest-roles"
          actions={
            <Link href="/roles" className="text-xs text-sky-700 hover:underline">
              All roles
            </Link>
          }
        >
          <TopRiskyRoles roles={top.roles} />
        </PanelCard>
        <PanelCard title="Accounts whose last scan failed" testId="failed-accounts">
          <FailedAccounts accounts={failed.accounts} />
        </PanelCard>
        <PanelCard
          title="Recent drift"
          testId="recent-drift"
          actions={
            <Link
              href="/findings?rule=drift.trust-changed&status=all"
              className="text-xs text-sky-700 hover:underline"
            >
              All drift findings
            </Link>
          }
        >
          <RecentDrift drift={drift} />
        </PanelCard>
      </div>
    </>
  );
}
