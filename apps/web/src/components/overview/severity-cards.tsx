import type { Severity } from "@trustwatch/core";
import Link from "next/link";
import { SEVERITY_ORDER, SEVERITY_STYLE } from "@/components/ui/severity-badge";

/** Open findings per severity; each number opens the findings list filtered to it. */
export function SeverityCards({ open }: { open: Record<Severity, number> }) {
  return (
    <div className="grid grid-cols-5 gap-3">
      {SEVERITY_ORDER.map((severity) => (
        <Link
          key={severity}
          href={`/findings?severity=${severity}&status=open`}
          data-testid={`open-${severity}`}
          className={`rounded-md border border-l-4 border-slate-200 bg-white px-4 py-3 hover:bg-slate-50 ${SEVERITY_STYLE[severity].accent}`}
        >
          <p className="text-xs font-medium text-slate-500">{SEVERITY_STYLE[severity].label}</p>
          <p
            className={`mt-1 text-xl font-semibold ${open[severity] > 0 ? "text-slate-900" : "text-slate-300"}`}
          >
            {open[severity]}
          </p>
        </Link>
      ))}
    </div>
  );
}

export function PostureScore({ score, takenAt }: { score: number | null; takenAt: string | null }) {
  const tone =
    score === null
      ? "text-slate-300"
      : score >= 80
        ? "text-emerald-600"
        : score >= 50
          ? "text-amber-600"
          : "text-red-600";
  return (
    <div className="rounded-md border border-slate-200 bg-white px-4 py-3" data-testid="posture-score">
      <p className="text-xs font-medium text-slate-500">Posture score</p>
      <p className={`mt-1 text-3xl font-semibold ${tone}`}>
        {score ?? "—"}
        <span className="ml-1 text-sm font-normal text-slate-400">/ 100</span>
      </p>
      <p className="mt-1 text-xs text-slate-500">
        {takenAt ? `as of the scan at ${takenAt}` : "No evaluated scan yet"}
      </p>
    </div>
  );
}
