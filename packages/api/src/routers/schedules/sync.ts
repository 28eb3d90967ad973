import { type Queues, removeScanSchedule, syncScanSchedule } from "@trustwatch/jobs";

type Row = { id: string; organizationId: string; cron: string; timezone: string; enabled: boolean };

/**
 * Mirror a schedule into BullMQ after the database write. The row is the source of truth:
 * when Redis is down the change still stands, and the worker's start-up reconciliation
 * (or the next edit) brings the scheduler in line.
 */
export async function trySync(
  queues: () => Queues,
  row: Row | { id: string; removed: true },
): Promise<boolean> {
  try {
    if ("removed" in row) await removeScanSchedule(queues(), row.id);
    else await syncScanSchedule(queues(), row);
    return true;
  } catch {
    return false;
  }
}
