export type SeverityCounts = { critical: number; high: number; medium: number; low: number; info: number };

/** Weights per open finding: one critical weighs as much as twenty lows. */
const WEIGHTS: SeverityCounts = { critical: 10, high: 5, medium: 2, low: 0.5, info: 0 };

/**
 * Posture score 0–100: 100 with no weighted findings, 50 when the weighted findings equal
 * the number of audited resources. Normalising by resources keeps large and small
 * organizations comparable; the curve never reaches 0, so progress always shows.
 */
export function postureScore(counts: SeverityCounts, resources: number): number {
  const weighted =
    counts.critical * WEIGHTS.critical +
    counts.high * WEIGHTS.high +
    counts.medium * WEIGHTS.medium +
    counts.low * WEIGHTS.low +
    counts.info * WEIGHTS.info;
  const density = weighted / Math.max(1, resources);
  return Math.round(100 / (1 + density));
}
