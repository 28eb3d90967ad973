import type { Severity } from "@trustwatch/core";

const SEVERITIES: Severity[] = ["critical", "high", "medium", "low", "info"];
const STATUSES = ["open", "suppressed", "resolved"] as const;
type Status = (typeof STATUSES)[number];
const SORTS = ["severity", "newest", "oldest"] as const;

/** The findings page's state, as it lives in the URL query string. */
export type FindingsQuery = {
  severity: Severity[];
  /** "all" is an explicit choice; with no status in the URL the page shows open findings. */
  status: Status | "all";
  rule: string | null;
  account: string | null;
  cluster: string | null;
  q: string;
  sort: (typeof SORTS)[number];
  group: "rule" | "account" | null;
};

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function read(params: RawParams, key: string): string | null {
  if (params instanceof URLSearchParams) return params.get(key);
  const v = params[key];
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

export function parseFindingsQuery(params: RawParams): FindingsQuery {
  const severity = (read(params, "severity") ?? "")
    .split(",")
    .filter((s): s is Severity => (SEVERITIES as string[]).includes(s));
  const status = read(params, "status");
  const sort = read(params, "sort");
  const group = read(params, "group");
  const account = read(params, "account");
  return {
    severity: SEVERITIES.filter((s) => severity.includes(s)),
    status:
      status === "all" || (STATUSES as readonly string[]).includes(status ?? "")
        ? (status as Status | "all")
        : "open",
    rule: read(params, "rule")?.slice(0, 100) || null,
    account: account && /^\d{12}$/.test(account) ? account : null,
    cluster: read(params, "cluster")?.slice(0, 2048) || null,
    q: (read(params, "q") ?? "").slice(0, 200),
    sort: (SORTS as readonly string[]).includes(sort ?? "") ? (sort as FindingsQuery["sort"]) : "severity",
    group: group === "rule" || group === "account" ? group : null,
  };
}

/** The query string for a state; defaults are left out so URLs stay short. */
export function toSearchString(q: FindingsQuery): string {
  const p = new URLSearchParams();
  if (q.severity.length) p.set("severity", q.severity.join(","));
  if (q.status !== "open") p.set("status", q.status);
  if (q.rule) p.set("rule", q.rule);
  if (q.account) p.set("account", q.account);
  if (q.cluster) p.set("cluster", q.cluster);
  if (q.q) p.set("q", q.q);
  if (q.sort !== "severity") p.set("sort", q.sort);
  if (q.group) p.set("group", q.group);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** The API filter for a state. */
export function toListInput(q: FindingsQuery) {
  return {
    ...(q.severity.length ? { severity: q.severity } : {}),
    ...(q.status !== "all" ? { status: [q.status] } : {}),
    ...(q.rule ? { ruleId: [q.rule] } : {}),
    ...(q.account ? { accountId: [q.account] } : {}),
    ...(q.cluster ? { clusterArn: q.cluster } : {}),
    ...(q.q ? { search: q.q } : {}),
  };
}
