import { z } from "zod";

export const ZScanStatus = z.enum(["queued", "running", "succeeded", "partial", "failed", "cancelled"]);
export const ZScanTrigger = z.enum(["manual", "schedule", "api", "remediation"]);
export const ZScanRef = z.object({ scanId: z.string().min(1).max(64) });

const FINISHED = new Set(["succeeded", "partial", "failed", "cancelled"]);
export const isScanFinished = (status: string) => FINISHED.has(status);

/** Wall-clock duration: until finish, or until now for a scan still running. */
export function scanDurationMs(
  scan: { startedAt: Date | null; createdAt: Date; finishedAt: Date | null },
  now: Date,
) {
  const start = scan.startedAt ?? scan.createdAt;
  return Math.max(0, (scan.finishedAt ?? now).getTime() - start.getTime());
}
