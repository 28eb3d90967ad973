import {
  createScan,
  finishScan,
  getSchedule,
  markScheduleRun,
  ScanConflictError,
  writeAuditLog,
} from "@trustwatch/db";
import { enqueueScan, JOB, parsePayload, removeScanSchedule } from "@trustwatch/jobs";
import type { Job } from "bullmq";
import type { ProcessorDeps } from "../deps";

export type ScheduleFireResult =
  | { status: "started"; scanId: string }
  | { status: "skipped"; reason: "scan-running"; activeScanId: string }
  | { status: "ignored"; reason: "schedule-gone" | "schedule-disabled" };

/**
 * schedule.fire: start a scheduled scan. `createScan` refuses a second active scan of the
 * organization (an advisory lock serialises button and schedule), so an overlapping fire
 * is recorded as a skip rather than queued behind the running one.
 */
export async function processScheduleFire(job: Job, deps: ProcessorDeps): Promise<ScheduleFireResult> {
  const { organizationId, scheduleId } = parsePayload(JOB.scheduleFire, job.data);
  const schedule = await getSchedule(deps.db, organizationId, scheduleId);
  if (!schedule?.enabled) {
    // Redis kept a scheduler the database no longer wants (deleted while a worker was down)
    await removeScanSchedule(deps.queues, scheduleId);
    return { status: "ignored", reason: schedule ? "schedule-disabled" : "schedule-gone" };
  }
  const now = deps.now();
  let scanId: string;
  try {
    const scan = await createScan(deps.db, organizationId, {
      trigger: "schedule",
      scheduleId,
      requestedById: null,
    });
    scanId = scan.id;
  } catch (error) {
    if (!(error instanceof ScanConflictError)) throw error;
    await writeAuditLog(deps.db, {
      organizationId,
      actorType: "system",
      actorId: null,
      action: "schedule.skip",
      targetType: "scan_schedule",
      targetId: scheduleId,
      after: { reason: "scan-running", activeScanId: error.activeScanId, firedAt: now.toISOString() },
    });
    deps.logger.info("scheduled scan skipped: a scan is running", {
      organizationId,
      scheduleId,
      activeScanId: error.activeScanId,
    });
    return { status: "skipped", reason: "scan-running", activeScanId: error.activeScanId };
  }
  try {
    await enqueueScan(deps.queues, { organizationId, scanId });
  } catch (error) {
    // a queued row nobody will run would block every later scan of the organization
    await finishScan(deps.db, scanId, {
      status: "failed",
      error: "could not queue the scan",
      finishedAt: deps.now(),
    });
    throw error;
  }
  await markScheduleRun(deps.db, organizationId, scheduleId, now);
  deps.logger.info("scheduled scan started", { organizationId, scheduleId, scanId });
  return { status: "started", scanId };
}
