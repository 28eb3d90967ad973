import { countScansCreatedSince, type Db } from "@trustwatch/db";

export const SCAN_START_LIMIT = { max: 10, windowMs: 60_000 } as const;

/**
 * A per-organization limit on scan starts, counted from the scans table itself: the rows are
 * already there, shared by every web process, and need no cleanup. Racing requests can both
 * pass the count; `createScan` still refuses a second active scan, so the limit stays tight.
 */
export async function checkScanStartRate(
  db: Db,
  organizationId: string,
  now: Date,
  limit: { max: number; windowMs: number } = SCAN_START_LIMIT,
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const recent = await countScansCreatedSince(db, organizationId, new Date(now.getTime() - limit.windowMs));
  return recent < limit.max
    ? { ok: true }
    : { ok: false, retryAfterSeconds: Math.ceil(limit.windowMs / 1000) };
}
