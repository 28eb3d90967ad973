import { JOB } from "./names";
import { parsePayload } from "./payloads";
import type { Queues } from "./queues";

/**
 * BullMQ job schedulers for ScanSchedule rows. The database is the source of truth: these
 * helpers mirror one row into Redis, and the worker re-mirrors every row on start (a Redis
 * without persistence loses its schedulers on restart).
 */
const SCHEDULER_PREFIX = "scan-schedule-";

export type ScanScheduleSpec = {
  id: string;
  organizationId: string;
  cron: string;
  timezone: string;
  enabled: boolean;
};

export function scanSchedulerId(scheduleId: string): string {
  return `${SCHEDULER_PREFIX}${scheduleId}`;
}

/**
 * Create, update or (when disabled) remove the scheduler of one schedule. `every` replaces
 * the cron pattern, for tests that cannot wait a minute.
 */
export async function syncScanSchedule(
  queues: Queues,
  schedule: ScanScheduleSpec,
  options: { every?: number } = {},
) {
  if (!schedule.enabled) {
    await removeScanSchedule(queues, schedule.id);
    return;
  }
  const data = parsePayload(JOB.scheduleFire, {
    organizationId: schedule.organizationId,
    scheduleId: schedule.id,
  });
  const repeat = options.every ? { every: options.every } : { pattern: schedule.cron, tz: schedule.timezone };
  await queues.schedule.upsertJobScheduler(scanSchedulerId(schedule.id), repeat, {
    name: JOB.scheduleFire,
    data,
    // a missed fire is not worth replaying many times: the next one comes anyway
    opts: { attempts: 3, backoff: { type: "exponential", delay: 5_000 } },
  });
}

export async function removeScanSchedule(queues: Queues, scheduleId: string) {
  await queues.schedule.removeJobScheduler(scanSchedulerId(scheduleId));
}

/** Ids (schedule ids, not scheduler keys) of the scan schedulers Redis holds. */
export async function listScanScheduleIds(queues: Queues): Promise<string[]> {
  const ids: string[] = [];
  const pageSize = 500;
  for (let start = 0; ; start += pageSize) {
    const page = await queues.schedule.getJobSchedulers(start, start + pageSize - 1, true);
    for (const s of page) {
      const id = s.id ?? s.key;
      if (id.startsWith(SCHEDULER_PREFIX)) ids.push(id.slice(SCHEDULER_PREFIX.length));
    }
    if (page.length < pageSize) return ids;
  }
}
