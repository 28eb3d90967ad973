import type { ReactNode } from "react";

export type PillTone = "green" | "red" | "amber" | "sky" | "slate" | "violet";

const TONES: Record<PillTone, string> = {
  green: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  red: "bg-red-50 text-red-800 ring-red-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-200",
  sky: "bg-sky-50 text-sky-800 ring-sky-200",
  slate: "bg-slate-100 text-slate-700 ring-slate-200",
  violet: "bg-violet-50 text-violet-800 ring-violet-200",
};

/** A small rounded label for a status or severity; the tone carries the meaning, the text says it. */
export function StatusPill({
  tone,
  children,
  testId,
}: {
  tone: PillTone;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <span
      data-testid={testId}
      className={`inline-flex items-center whitespace-nowrap rounded px-1.5 py-px text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

const STATUS_TONES: Record<string, PillTone> = {
  active: "green",
  succeeded: "green",
  present: "green",
  match: "green",
  pending: "slate",
  queued: "slate",
  running: "sky",
  partial: "amber",
  "thumbprint-drift": "amber",
  "audience-drift": "amber",
  drift: "amber",
  error: "red",
  failed: "red",
  missing: "red",
  orphaned: "red",
  cancelled: "slate",
  disabled: "slate",
  unknown: "slate",
  "no-issuer": "slate",
};

export function toneOfStatus(status: string): PillTone {
  return STATUS_TONES[status] ?? "slate";
}

const SEVERITY_TONES: Record<string, PillTone> = {
  critical: "red",
  high: "red",
  medium: "amber",
  low: "sky",
  info: "slate",
};

export function SeverityPill({ severity }: { severity: string }) {
  return <StatusPill tone={SEVERITY_TONES[severity] ?? "slate"}>{severity}</StatusPill>;
}
