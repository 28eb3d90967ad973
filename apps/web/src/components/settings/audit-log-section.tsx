"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { formatDateTime } from "@/components/ui/format-date";
import { ErrorNotice, LoadingRows } from "@/components/ui/query-states";
import { inputClass, SettingsSection, subtleButtonClass } from "@/components/ui/settings-section";
import { useTRPC } from "@/trpc/react";

const PAGE_SIZE = 25;

function Json({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div className="min-w-0 flex-1">
      <p className="text-xs font-medium text-slate-500">{label}</p>
      <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-50 p-2 font-mono text-xs text-slate-800">
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/** Who changed what and when, newest first; admins and approvers read it. */
export function AuditLogSection() {
  const trpc = useTRPC();
  const [action, setAction] = useState("");
  const log = useInfiniteQuery(
    trpc.auditLog.list.infiniteQueryOptions(
      { limit: PAGE_SIZE, ...(action ? { action } : {}) },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAction(String(new FormData(event.currentTarget).get("action") ?? "").trim());
  }

  return (
    <SettingsSection
      title="Audit log"
      description="Every change in this organization: who, what, when, and the state before and after. Secrets are never recorded."
      actions={
        <form onSubmit={onFilter} className="flex items-center gap-1.5" aria-label="Filter the audit log">
          <input
            name="action"
            aria-label="Action"
            placeholder="Filter by action, e.g. api-token."
            defaultValue={action}
            className={`w-64 ${inputClass}`}
          />
          <button type="submit" className={subtleButtonClass}>
            Filter
          </button>
        </form>
      }
    >
      {log.isPending ? (
        <LoadingRows label="Loading the audit log" />
      ) : log.isError ? (
        <ErrorNotice title="Could not load the audit log" message={log.error.message} />
      ) : entries.length === 0 ? (
        <p className="text-xs text-slate-500">
          {action ? `No entries for “${action}”.` : "Nothing has been changed yet."}
        </p>
      ) : (
        <>
          <table className="w-full text-left text-sm" aria-label="Audit log">
            <thead className="text-xs text-slate-500">
              <tr>
                <th className="py-1.5 font-medium">When</th>
                <th className="py-1.5 font-medium">Who</th>
                <th className="py-1.5 font-medium">Action</th>
                <th className="py-1.5 font-medium">Target</th>
                <th className="py-1.5 font-medium">Change</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {entries.map((entry) => (
                <tr key={entry.id} data-testid="audit-row">
                  <td className="whitespace-nowrap py-1.5 text-slate-600">
                    {formatDateTime(entry.createdAt)}
                  </td>
                  <td className="py-1.5 text-slate-800">
                    {entry.actorLabel ?? `${entry.actorType} ${entry.actorId ?? ""}`}
                  </td>
                  <td className="py-1.5 font-mono text-xs text-slate-900">{entry.action}</td>
                  <td className="py-1.5 text-slate-600">
                    {entry.targetType}
                    {entry.targetId ? (
                      <span className="ml-1 font-mono text-xs text-slate-400">{entry.targetId}</span>
                    ) : null}
                  </td>
                  <td className="py-1.5">
                    {entry.before == null && entry.after == null ? (
                      <span className="text-xs text-slate-400">—</span>
                    ) : (
                      <details>
                        <summary className="cursor-pointer text-xs text-sky-700">Before / after</summary>
                        <div className="mt-1.5 flex gap-2">
                          <Json label="Before" value={entry.before} />
                          <Json label="After" value={entry.after} />
                        </div>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {log.hasNextPage ? (
            <button
              type="button"
              disabled={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
              className={`mt-3 ${subtleButtonClass}`}
            >
              {log.isFetchingNextPage ? "Loading…" : "Load more"}
            </button>
          ) : null}
        </>
      )}
    </SettingsSection>
  );
}
