import type { Severity } from "@trustwatch/core";
import Link from "next/link";
import { formatDateTime, roleHref } from "@/components/ui/format-date";
import { SeverityBadge } from "@/components/ui/severity-badge";

type RiskyRole = {
  roleArn: string;
  name: string;
  accountId: string;
  openCount: number;
  worstSeverity: Severity;
};

export function TopRiskyRoles({ roles }: { roles: RiskyRole[] }) {
  if (roles.length === 0) return <p className="text-slate-500">No role has an open finding.</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="top-risky-roles">
      {roles.map((r) => (
        <li key={r.roleArn} className="flex items-center gap-3 py-1.5">
          <SeverityBadge severity={r.worstSeverity} />
          <Link
            href={roleHref(r.roleArn)}
            className="min-w-0 flex-1 truncate font-medium text-sky-700 hover:underline"
          >
            {r.name}
          </Link>
          <span className="text-xs text-slate-500">{r.accountId}</span>
          <span className="w-20 text-right text-xs text-slate-600">{r.openCount} open</span>
        </li>
      ))}
    </ul>
  );
}

type FailedAccount = {
  id: string;
  accountId: string;
  name: string;
  lastError: string | null;
  errorCode: string | null;
  lastScanAt: Date | null;
  lastGoodScanAt: Date | null;
};

export function FailedAccounts({ accounts }: { accounts: FailedAccount[] }) {
  if (accounts.length === 0) return <p className="text-slate-500">Every account's last scan succeeded.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {accounts.map((a) => (
        <li key={a.id} className="py-1.5">
          <p className="font-medium text-slate-900">
            {a.name} <span className="font-normal text-slate-500">{a.accountId}</span>
            {a.errorCode ? (
              <span className="ml-2 rounded bg-red-50 px-1 text-xs text-red-700">{a.errorCode}</span>
            ) : null}
          </p>
          <p className="truncate text-xs text-red-700" title={a.lastError ?? undefined}>
            {a.lastError ?? "scan failed"}
          </p>
          <p className="text-xs text-slate-500">
            failed {formatDateTime(a.lastScanAt)} · last good {formatDateTime(a.lastGoodScanAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}

type Drift = {
  findings: {
    id: string;
    title: string;
    severity: Severity;
    status: string;
    firstSeenAt: Date;
    change: string | null;
  }[];
  latestScan: { newCount: number; resolvedCount: number; takenAt: Date } | null;
};

export function RecentDrift({ drift }: { drift: Drift }) {
  return (
    <div>
      {drift.latestScan ? (
        <p className="mb-2 text-xs text-slate-600">
          Latest scan ({formatDateTime(drift.latestScan.takenAt)}):{" "}
          <span className="font-medium text-red-700">{drift.latestScan.newCount} new</span>,{" "}
          <span className="font-medium text-emerald-700">{drift.latestScan.resolvedCount} resolved</span>
        </p>
      ) : null}
      {drift.findings.length === 0 ? (
        <p className="text-slate-500">No role's trust widened between scans.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {drift.findings.map((f) => (
            <li key={f.id} className="flex items-center gap-2 py-1.5">
              <SeverityBadge severity={f.severity} />
              <Link
                href={`/findings/${f.id}`}
                className="min-w-0 flex-1 truncate text-sky-700 hover:underline"
              >
                {f.title}
              </Link>
              {f.change ? <span className="text-xs text-slate-500">{f.change}</span> : null}
              <span className="text-xs text-slate-400">{formatDateTime(f.firstSeenAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
