import { listActiveScans } from "@trustwatch/db";
import { enqueueScan } from "@trustwatch/jobs";
import type { ProcessorDeps } from "../processors/deps";

const LOOKBACK_MS = 24 * 3600 * 1000;

/**
 * Re-enqueue scans whose jobs no longer exist in Redis (a Redis restart without persistence,
 * a flushed queue). PostgreSQL is the record of what a scan still owes; scan.org resumes only
 * the unfinished accounts. Safe to run from every worker at once: job ids deduplicate.
 */
export async function resumeOrphanedScans(deps: Pick<ProcessorDeps, "db" | "queues" | "logger" | "now">) {
  const scans = await listActiveScans(deps.db, new Date(deps.now().getTime() - LOOKBACK_MS));
  let resumed = 0;
  for (const scan of scans) {
    const [org, evaluate] = await Promise.all([
      deps.queues.scan.getJob(`scan-org-${scan.id}`),
      deps.queues.scan.getJob(`scan-evaluate-${scan.id}`),
    ]);
    if (org || evaluate) continue;
    await enqueueScan(deps.queues, { organizationId: scan.organizationId, scanId: scan.id });
    resumed++;
    deps.logger.warn("resumed a scan whose jobs were lost", { scanId: scan.id });
  }
  return resumed;
}
