import type { Db } from "../client";

export type ScanScheduleInput = { name: string; cron: string; timezone: string; enabled: boolean };

export async function listSchedules(db: Db, organizationId: string) {
  return db.scanSchedule.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export async function getSchedule(db: Db, organizationId: string, scheduleId: string) {
  return db.scanSchedule.findFirst({ where: { id: scheduleId, organizationId } });
}

export async function createSchedule(
  db: Db,
  organizationId: string,
  input: ScanScheduleInput & { createdById: string },
) {
  return db.scanSchedule.create({ data: { organizationId, ...input } });
}

/** Null when the schedule is not this organization's. */
export async function updateSchedule(
  db: Db,
  organizationId: string,
  scheduleId: string,
  input: Partial<ScanScheduleInput>,
) {
  const result = await db.scanSchedule.updateMany({ where: { id: scheduleId, organizationId }, data: input });
  return result.count ? getSchedule(db, organizationId, scheduleId) : null;
}

export async function deleteSchedule(db: Db, organizationId: string, scheduleId: string) {
  const result = await db.scanSchedule.deleteMany({ where: { id: scheduleId, organizationId } });
  return result.count > 0;
}

export async function markScheduleRun(db: Db, organizationId: string, scheduleId: string, at: Date) {
  await db.scanSchedule.updateMany({ where: { id: scheduleId, organizationId }, data: { lastRunAt: at } });
}

/**
 * Every enabled schedule of every organization: the worker's start-up reconciliation,
 * the one system-wide read (the database is the source of truth for BullMQ's schedulers).
 */
export async function listEnabledSchedulesForAllOrganizations(db: Db) {
  return db.scanSchedule.findMany({
    where: { enabled: true },
    select: { id: true, organizationId: true, cron: true, timezone: true, enabled: true },
    orderBy: { id: "asc" },
  });
}
