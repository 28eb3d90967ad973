import { formatDateTime } from "@/components/ui/format-date";
import type { RemediationDetail } from "./types";

const LABELS: Record<string, string> = {
  "remediation.request": "requested",
  "remediation.rollback": "requested the rollback",
  "remediation.approve": "approved",
  "remediation.reject": "rejected",
  "remediation.start": "started with the remediation role",
  "remediation.apply": "applied the change",
  "remediation.stale": "aborted: the resource changed",
  "remediation.succeed": "re-scanned: succeeded",
  "remediation.fail": "failed",
};

/** Every audited step of the request, oldest first. */
export function RemediationTimeline({ entries }: { entries: RemediationDetail["timeline"] }) {
  if (entries.length === 0) return null;
  return (
    <ol className="space-y-1 border-l border-slate-200 pl-3 text-xs" aria-label="Audit trail">
      {entries.map((e) => (
        <li key={e.id}>
          <span className="font-medium text-slate-800">
            {e.actorType === "system" ? "Worker" : (e.actorName ?? "someone")}
          </span>{" "}
          <span className="text-slate-600">{LABELS[e.action] ?? e.action}</span>{" "}
          <span className="text-slate-400">{formatDateTime(e.at)}</span>
        </li>
      ))}
    </ol>
  );
}
