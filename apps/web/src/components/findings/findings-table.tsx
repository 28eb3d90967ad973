"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDate, formatDateTime } from "@/components/ui/format-date";
import { FindingStatusBadge, SeverityBadge } from "@/components/ui/severity-badge";
import { useTRPC } from "@/trpc/react";
import { type FindingsQuery, toListInput } from "./filter-params";

const PAGE_SIZE = 50;

/** The filtered findings, 50 at a time; "Load more" follows the keyset cursor. */
export function FindingsTable({ query }: { query: FindingsQuery }) {
  const trpc = useTRPC();
  const result = useInfiniteQuery(
    trpc.findings.list.infiniteQueryOptions(
      { ...toListInput(query), sort: query.sort, limit: PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );

  if (result.isPending) {
    return (
      <div className="space-y-1" role="status" aria-busy="true" aria-label="Loading findings">
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <div key={i} className="h-8 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    );
  }
  if (result.isError) {
    return (
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-800">
        Could not load findings: {result.error.message}{" "}
        <button type="button" className="underline" onClick={() => void result.refetch()}>
          Retry
        </button>
      </p>
    );
  }
  const rows = result.data.pages.flatMap((p) => p.items);
  if (rows.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-slate-500">
        No findings match these filters.
      </p>
    );
  }
  return (
    <div>
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
        <table className="w-full text-left" data-testid="findings-table">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500">
            <tr>
              <th className="px-3 py-2 font-medium">Severity</th>
              <th className="px-3 py-2 font-medium">Finding</th>
              <th className="px-3 py-2 font-medium">Rule</th>
              <th className="px-3 py-2 font-medium">Account</th>
              <th className="px-3 py-2 font-medium">Status</th>
              <th className="px-3 py-2 font-medium">First seen</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((f) => (
              <tr
                key={f.id}
                className="hover:bg-slate-50"
                data-testid="finding-row"
                data-severity={f.severity}
              >
                <td className="px-3 py-1.5">
                  <SeverityBadge severity={f.severity} />
                </td>
                <td className="max-w-md px-3 py-1.5">
                  <Link href={`/findings/${f.id}`} className="font-medium text-sky-700 hover:underline">
                    {f.title}
                  </Link>
                  <p className="truncate font-mono text-[11px] text-slate-500" title={f.resourceArn}>
                    {f.resourceArn}
                  </p>
                </td>
                <td className="max-w-44 break-all px-3 py-1.5 font-mono text-[11px] text-slate-600">
                  {f.ruleId}
                </td>
                <td className="px-3 py-1.5 text-xs text-slate-600">{f.accountId}</td>
                <td className="px-3 py-1.5">
                  <FindingStatusBadge status={f.status} />
                </td>
                <td
                  className="whitespace-nowrap px-3 py-1.5 text-xs text-slate-500"
                  title={formatDateTime(f.firstSeenAt)}
                >
                  {formatDate(f.firstSeenAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex items-center justify-between text-xs text-slate-500">
        <span data-testid="findings-shown">{rows.length} shown</span>
        {result.hasNextPage ? (
          <button
            type="button"
            onClick={() => void result.fetchNextPage()}
            disabled={result.isFetchingNextPage}
            className="rounded border border-slate-300 bg-white px-3 py-1 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-50"
          >
            {result.isFetchingNextPage ? "Loading…" : "Load more"}
          </button>
        ) : (
          <span>End of list</span>
        )}
      </div>
    </div>
  );
}
