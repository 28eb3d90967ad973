import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@trustwatch/api";
import { formatDateTime, formatDuration } from "@/components/ui/format-values";
import { ProgressMeter } from "@/components/ui/progress-meter";
import { StatusPill, toneOfStatus } from "@/components/ui/status-pill";

type ScanProgress = NonNullable<inferRouterOutputs<AppRouter>["scans"]["progress"]>;

export function ScanProgressPanel({
  scan,
  canCancel,
  isCancelling,
  cancelError,
  onCancel,
  onDismiss,
}: {
  scan: ScanProgress;
  canCancel: boolean;
  isCancelling: boolean;
  cancelError: string | null;
  onCancel: () => void;
  onDismiss?: () => void;
}) {
  return (
    <section
      aria-label="Current scan"
      data-testid="scan-progress"
      className="rounded-md border border-slate-200 bg-white"
    >
      <div className="flex items-center justify-between gap-4 border-b border-slate-200 px-4 py-3">
        <div className="flex items-center gap-3">
          <h2 className="text-sm font-semibold text-slate-900">
            {scan.isFinished ? "Last scan" : "Scan in progress"}
          </h2>
          <StatusPill tone={toneOfStatus(scan.status)} testId="scan-status">
            {scan.status}
          </StatusPill>
          <span className="text-slate-500" data-testid="scan-phase">
            {scan.cancelRequested && !scan.isFinished ? "cancelling…" : scan.phase}
          </span>
        </div>
        <div className="flex items-center gap-3 text-slate-500">
          <span>
            {scan.accountsDone}/{scan.accountsTotal} accounts
            {scan.accountsFailed > 0 ? (
              <span className="text-red-700"> · {scan.accountsFailed} failed</span>
            ) : null}
          </span>
          <span>started {formatDateTime(scan.startedAt ?? scan.createdAt)}</span>
          <span>{formatDuration(scan.durationMs)}</span>
          {canCancel ? (
            <button
              type="button"
              onClick={onCancel}
              disabled={isCancelling}
              className="rounded border border-red-300 bg-white px-2.5 py-1 text-xs font-medium text-red-700 hover:bg-red-50 disabled:opacity-50"
            >
              {isCancelling ? "Cancelling…" : "Cancel scan"}
            </button>
          ) : null}
          {onDismiss ? (
            <button type="button" onClick={onDismiss} className="text-xs text-slate-500 hover:text-slate-800">
              Dismiss
            </button>
          ) : null}
        </div>
      </div>
      <div className="px-4 py-3">
        <ProgressMeter
          value={scan.progress}
          label="Overall scan progress"
          tone={scan.status === "failed" ? "red" : scan.isFinished ? "green" : "sky"}
        />
        {scan.error ? <p className="mt-2 text-red-700">{scan.error}</p> : null}
        {cancelError ? (
          <p role="alert" className="mt-2 text-red-700">
            {cancelError}
          </p>
        ) : null}
      </div>
      {scan.accounts.length > 0 ? (
        <table aria-label="Progress per account" className="w-full text-left">
          <thead className="border-y border-slate-200 bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
            <tr>
              <th className="px-4 py-2 font-medium">Account</th>
              <th className="px-3 py-2 font-medium">Status</th>
              <th className="px-3 py-2 font-medium">Phase</th>
              <th className="w-64 px-3 py-2 font-medium">Progress</th>
              <th className="px-3 py-2 font-medium">API calls</th>
              <th className="px-3 py-2 font-medium">Errors and warnings</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {scan.accounts.map((a) => (
              <tr key={a.awsAccountId} data-testid={`scan-account-${a.accountId}`}>
                <td className="px-4 py-2">
                  <span className="block font-medium text-slate-900">{a.name}</span>
                  <span className="font-mono text-xs text-slate-500">{a.accountId}</span>
                </td>
                <td className="px-3 py-2">
                  <StatusPill tone={toneOfStatus(a.status)}>{a.status}</StatusPill>
                </td>
                <td className="px-3 py-2 text-slate-600">{a.phase ?? "waiting"}</td>
                <td className="px-3 py-2">
                  <div className="flex items-center gap-2">
                    <ProgressMeter
                      value={a.progress}
                      label={`Progress of ${a.name}`}
                      tone={a.status === "failed" ? "red" : "sky"}
                    />
                    <span className="w-9 text-right text-xs text-slate-500">{a.progress}%</span>
                  </div>
                </td>
                <td className="px-3 py-2 text-slate-600">{a.apiCalls || "—"}</td>
                <td className="max-w-md px-3 py-2 text-xs">
                  {a.error ? <p className="text-red-800">{a.error}</p> : null}
                  {a.warnings.map((w) => (
                    <p key={w} className="text-amber-800">
                      {w}
                    </p>
                  ))}
                  {!a.error && a.warnings.length === 0 ? <span className="text-slate-400">—</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="px-4 pb-3 text-slate-500">Resolving accounts…</p>
      )}
    </section>
  );
}
