import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { parseFindingsQuery, toListInput } from "@/components/findings/filter-params";
import { FindingsFilterBar } from "@/components/findings/findings-filter-bar";
import { FindingsTable } from "@/components/findings/findings-table";
import { GroupCountsPanel } from "@/components/findings/group-counts-panel";
import { PageHeader } from "@/components/page-header";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Findings" };

export default async function FindingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = parseFindingsQuery(await searchParams);
  const caller = await getServerCaller();
  const [facets, groups] = await Promise.all([
    caller.findings.facets(),
    query.group
      ? caller.findings.groupCounts({ ...toListInput(query), by: query.group })
      : Promise.resolve(null),
  ]);
  const header = (
    <PageHeader
      title="Findings"
      description="Risky trust conditions, orphaned providers and drift, by severity, from the rule catalogue."
    />
  );
  if (facets.rules.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          title="No findings yet"
          steps={["Add an AWS account (Accounts).", "Start a scan (Scans)."]}
        >
          When a scan finishes, its findings are listed here with their evidence; you can filter them,
          allow-list exceptions, or request a fix.
        </EmptyState>
      </>
    );
  }
  return (
    <>
      {header}
      <FindingsFilterBar key={JSON.stringify(query)} query={query} facets={facets} />
      {groups ? <GroupCountsPanel query={query} by={groups.by} groups={groups.groups} /> : null}
      <FindingsTable query={query} />
    </>
  );
}
