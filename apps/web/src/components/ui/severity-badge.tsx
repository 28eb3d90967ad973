import type { Severity } from "@trustwatch/core";

export const SEVERITY_ORDER: Severity[] = ["critical", "high", "medium", "low", "info"];

export const SEVERITY_STYLE: Record<
  Severity,
  { badge: string; accent: string; stroke: string; label: string }
> = {
  critical: {
    badge: "bg-red-600 text-white",
    accent: "border-l-red-600",
    stroke: "#dc2626",
    label: "Critical",
  },
  high: {
    badge: "bg-orange-500 text-white",
    accent: "border-l-orange-500",
    stroke: "#f97316",
    label: "High",
  },
  medium: {
    badge: "bg-amber-400 text-amber-950",
    accent: "border-l-amber-400",
    stroke: "#fbbf24",
    label: "Medium",
  },
  low: { badge: "bg-sky-500 text-white", accent: "border-l-sky-500", stroke: "#0ea5e9", label: "Low" },
  info: { badge: "bg-slate-400 text-white", accent: "border-l-slate-400", stroke: "#94a3b8", label: "Info" },
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span
      data-severity={severity}
      className={`inline-flex min-w-[4.75rem] justify-center rounded px-1.5 py-px text-[11px] font-semibold uppercase tracking-wide ${SEVERITY_STYLE[severity].badge}`}
    >
      {severity}
    </span>
  );
}

const STATUS_STYLE: Record<string, string> = {
  open: "bg-red-50 text-red-800 ring-red-200",
  suppressed: "bg-slate-100 text-slate-700 ring-slate-300",
  resolved: "bg-emerald-50 text-emerald-800 ring-emerald-200",
};

export function FindingStatusBadge({ status }: { status: string }) {
  return (
    <span
      data-status={status}
      className={`inline-flex rounded px-1.5 py-px text-xs font-medium ring-1 ring-inset ${STATUS_STYLE[status] ?? STATUS_STYLE.suppressed}`}
    >
      {status}
    </span>
  );
}
