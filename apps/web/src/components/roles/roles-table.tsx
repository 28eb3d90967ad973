"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDate, roleHref } from "@/components/ui/format-date";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { useTRPC } from "@/trpc/react";

/** Roles matching the search, 50 at a time. */
export function RolesTable({ search, accountId }: { search: string; accountId: string | null }) {
  const trpc = useTRPC();
  const result = useInfiniteQuery(
    trpc.roles.list.infiniteQueryOptions(
      { ...(search ? { search } : {}), ...(accountId ? { accountId: [accountId] } : {}), limit: 50 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  if (result.isPending) {
    return (
      <div
        className="h-64 animate-pulse rounded bg-slate-100"
        role="status"
        aria-busy="true"
        aria-label="Loading roles"
      />
    );
  }
  if (result.isError) {
    return (
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-800">
        Could not load roles: {result.error.message}
      </p>
    );
  }
  const rows = result.data.pages.flatMap((p) => p.items);
  if (rows.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-slate-500">
        No roles match.
      </p>
    );
  }
  return (
    <div>
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
        <table className="w-full text-left" data-testid="roles-table">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500">
            <tr>
              <th className="px-3 py-2 font-medium">Role</th>
              <th className="px-3 py-2 font-medium">Account</th>
              <th className="px-3 py-2 font-medium">Who can assume it</th>
              <th className="px-3 py-2 font-medium">Worst open</th>
              <th className="px-3 py-2 font-medium">Permissions</th>
              <th className="px-3 py-2 font-medium">Last used</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} className="align-top hover:bg-slate-50" data-testid="role-row">
                <td className="px-3 py-1.5">
                  <Link href={roleHref(r.arn)} className="font-medium text-sky-700 hover:underline">
                    {r.name}
                  </Link>
                </td>
                <td className="whitespace-nowrap px-3 py-1.5 text-xs text-slate-600">
                  {r.accountName ? `${r.accountName} · ` : ""}
                  {r.accountId}
                </td>
                <td className="max-w-xl px-3 py-1.5 text-xs text-slate-700">{r.whoCanAssume}</td>
                <td className="px-3 py-1.5">
                  {r.worstSeverity ? (
                    <span className="inline-flex items-center gap-1">
                      <SeverityBadge severity={r.worstSeverity} />
                      <span className="text-xs text-slate-500">{r.openFindingCount}</span>
                    </span>
                  ) : (
                    <span className="text-xs text-slate-400">none</span>
                  )}
                </td>
                <td className="px-3 py-1.5">
                  {r.isAdminLike ? (
                    <AdminLikeBadge />
                  ) : (
                    <span className="text-xs text-slate-400">scoped</span>
                  )}
                </td>
                <td className="whitespace-nowrap px-3 py-1.5 text-xs text-slate-500">
                  {formatDate(r.lastUsedAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex items-center justify-between text-xs text-slate-500">
        <span>{rows.length} shown</span>
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

export function AdminLikeBadge() {
  return (
    <span className="inline-flex rounded bg-red-50 px-1.5 py-px text-[11px] font-semibold uppercase tracking-wide text-red-700 ring-1 ring-inset ring-red-200">
      admin-like
    </span>
  );
}
