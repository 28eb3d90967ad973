import type { Severity } from "./types";

export const SEVERITY_ORDER: readonly Severity[] = ["info", "low", "medium", "high", "critical"];

/** Index in SEVERITY_ORDER, as a lookup: the findings sort compares ranks ~a million times a scan. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  info: 0,
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
};

export function raiseSeverity(s: Severity): Severity {
  const i = SEVERITY_ORDER.indexOf(s);
  return SEVERITY_ORDER[Math.min(i + 1, SEVERITY_ORDER.length - 1)] ?? "critical";
}

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}

export function isAtLeast(s: Severity, threshold: Severity): boolean {
  return severityRank(s) >= severityRank(threshold);
}
