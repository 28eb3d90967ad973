"use client";

import type { Severity } from "@trustwatch/core";
import { usePathname, useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { SEVERITY_ORDER, SEVERITY_STYLE } from "@/components/ui/severity-badge";
import { type FindingsQuery, toSearchString } from "./filter-params";

type Facets = {
  rules: { ruleId: string; title: string; count: number }[];
  accounts: { accountId: string; name: string | null; count: number }[];
  clusters: { arn: string; name: string; region: string }[];
};

const selectClass = "h-7 rounded border border-slate-300 bg-white px-1.5 text-sm text-slate-800";

/** Filters, sort and grouping; every change is written to the URL (shareable, back-button friendly). */
export function FindingsFilterBar({ query, facets }: { query: FindingsQuery; facets: Facets }) {
  const router = useRouter();
  const pathname = usePathname();
  const [search, setSearch] = useState(query.q);
  const [isPending, startTransition] = useTransition();

  const apply = (patch: Partial<FindingsQuery>) => {
    startTransition(() =>
      router.replace(`${pathname}${toSearchString({ ...query, ...patch })}`, { scroll: false }),
    );
  };
  const toggleSeverity = (s: Severity) => {
    const next = query.severity.includes(s) ? query.severity.filter((x) => x !== s) : [...query.severity, s];
    apply({ severity: SEVERITY_ORDER.filter((x) => next.includes(x)) });
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    apply({ q: search.trim() });
  };

  return (
    <div
      className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border border-slate-200 bg-white px-3 py-2"
      aria-busy={isPending}
    >
      <fieldset className="flex items-center gap-1">
        <legend className="sr-only">Severity</legend>
        {SEVERITY_ORDER.map((s) => {
          const isOn = query.severity.includes(s);
          return (
            <button
              key={s}
              type="button"
              aria-pressed={isOn}
              onClick={() => toggleSeverity(s)}
              className={`rounded-full border px-2 py-0.5 text-xs font-medium ${
                isOn
                  ? `${SEVERITY_STYLE[s].badge} border-transparent`
                  : "border-slate-300 text-slate-600 hover:bg-slate-50"
              }`}
            >
              {SEVERITY_STYLE[s].label}
            </button>
          );
        })}
      </fieldset>
      <label className="flex items-center gap-1 text-xs text-slate-500">
        Status
        <select
          className={selectClass}
          value={query.status}
          onChange={(e) => apply({ status: e.target.value as FindingsQuery["status"] })}
        >
          <option value="open">Open</option>
          <option value="suppressed">Suppressed</option>
          <option value="resolved">Resolved</option>
          <option value="all">All</option>
        </select>
      </label>
      <label className="flex items-center gap-1 text-xs text-slate-500">
        Rule
        <select
          className={`${selectClass} max-w-64`}
          value={query.rule ?? ""}
          onChange={(e) => apply({ rule: e.target.value || null })}
        >
          <option value="">All rules</option>
          {facets.rules.map((r) => (
            <option key={r.ruleId} value={r.ruleId}>
              {r.ruleId} ({r.count})
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1 text-xs text-slate-500">
        Account
        <select
          className={selectClass}
          value={query.account ?? ""}
          onChange={(e) => apply({ account: e.target.value || null })}
        >
          <option value="">All accounts</option>
          {facets.accounts.map((a) => (
            <option key={a.accountId} value={a.accountId}>
              {a.name ? `${a.name} (${a.accountId})` : a.accountId}
            </option>
          ))}
        </select>
      </label>
      {facets.clusters.length > 0 ? (
        <label className="flex items-center gap-1 text-xs text-slate-500">
          Cluster
          <select
            className={`${selectClass} max-w-48`}
            value={query.cluster ?? ""}
            onChange={(e) => apply({ cluster: e.target.value || null })}
          >
            <option value="">All clusters</option>
            {facets.clusters.map((c) => (
              <option key={c.arn} value={c.arn}>
                {c.name} ({c.region})
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <form onSubmit={onSearch} className="flex items-center gap-1">
        <input
          type="search"
          aria-label="Search findings"
          placeholder="Search title, ARN, rule…"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="h-7 w-56 rounded border border-slate-300 px-2 text-sm"
        />
        <button
          type="submit"
          className="h-7 rounded border border-slate-300 px-2 text-xs text-slate-700 hover:bg-slate-50"
        >
          Search
        </button>
      </form>
      <div className="ml-auto flex items-center gap-3">
        <label className="flex items-center gap-1 text-xs text-slate-500">
          Sort
          <select
            className={selectClass}
            value={query.sort}
            onChange={(e) => apply({ sort: e.target.value as FindingsQuery["sort"] })}
          >
            <option value="severity">Severity</option>
            <option value="newest">Newest</option>
            <option value="oldest">Oldest</option>
          </select>
        </label>
        <label className="flex items-center gap-1 text-xs text-slate-500">
          Group by
          <select
            className={selectClass}
            value={query.group ?? ""}
            onChange={(e) => apply({ group: (e.target.value || null) as FindingsQuery["group"] })}
          >
            <option value="">None</option>
            <option value="rule">Rule</option>
            <option value="account">Account</option>
          </select>
        </label>
      </div>
    </div>
  );
}
