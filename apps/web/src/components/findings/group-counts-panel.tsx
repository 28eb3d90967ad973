import Link from "next/link";
import { type FindingsQuery, toSearchString } from "./filter-params";

type Group = { key: string; label: string; count: number };

/** Counts per rule or account under the current filters; a click narrows the list to that group. */
export function GroupCountsPanel({
  query,
  by,
  groups,
}: {
  query: FindingsQuery;
  by: "rule" | "account";
  groups: Group[];
}) {
  const max = Math.max(1, ...groups.map((g) => g.count));
  return (
    <section
      className="mb-3 rounded-md border border-slate-200 bg-white px-4 py-3"
      data-testid="group-counts"
    >
      <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">
        By {by} ({groups.length})
      </h2>
      {groups.length === 0 ? (
        <p className="text-slate-500">Nothing to group.</p>
      ) : (
        <ul className="grid grid-cols-1 gap-x-6 gap-y-1 lg:grid-cols-2">
          {groups.map((g) => {
            const href = `/findings${toSearchString({ ...query, group: null, ...(by === "rule" ? { rule: g.key } : { account: g.key }) })}`;
            return (
              <li key={g.key}>
                <Link href={href} className="group flex items-center gap-2">
                  <span
                    className="w-64 truncate text-slate-700 group-hover:text-sky-700 group-hover:underline"
                    title={g.key}
                  >
                    {by === "rule" ? <span className="font-mono text-xs">{g.key}</span> : g.label}
                  </span>
                  <span className="h-2 flex-1 rounded bg-slate-100">
                    <span
                      className="block h-2 rounded bg-slate-400"
                      style={{ width: `${(g.count / max) * 100}%` }}
                    />
                  </span>
                  <span className="w-8 text-right text-xs text-slate-600">{g.count}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
