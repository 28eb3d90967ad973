import { type Db, listEnabledSchedulesForAllOrganizations } from "@trustwatch/db";
import { listScanScheduleIds, type Queues, removeScanSchedule, syncScanSchedule } from "@trustwatch/jobs";
import type { Logger } from "../logger";

/**
 * Mirror every enabled ScanSchedule row into a BullMQ job scheduler and remove schedulers
 * without a row. Runs on every worker start: a Redis restarted without persistence has lost
 * its schedulers, and a schedule deleted while Redis was unreachable left one behind.
 * Upserts are idempotent, so several workers starting at once reach the same state.
 */
export async function reconcileSchedules(deps: { db: Db; queues: Queues; logger: Logger }) {
  const rows = await listEnabledSchedulesForAllOrganizations(deps.db);
  const wanted = new Set(rows.map((r) => r.id));
  let failed = 0;
  for (const row of rows) {
    try {
      await syncScanSchedule(deps.queues, row);
    } catch (error) {
      // one bad row (say, a time zone this Node no longer knows) must not stop the others
      failed += 1;
      deps.logger.error("schedule sync failed", { scheduleId: row.id, error: (error as Error).message });
    }
  }
  const stale = (await listScanScheduleIds(deps.queues)).filter((id) => !wanted.has(id));
  for (const id of stale) await removeScanSchedule(deps.queues, id);
  deps.logger.info("schedules reconciled", { synced: rows.length - failed, failed, removed: stale.length });
  return { synced: rows.length - failed, failed, removed: stale.length };
}
