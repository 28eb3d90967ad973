import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { listScanScheduleIds, scanSchedulerId } from "@trustwatch/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Seeded, seedForApi } from "../../test-helpers";
import { callerFor, codeOf, createTestQueues, DEMO, OTHER_ADMIN } from "../accounts/test-support";

describe("schedules router (real PostgreSQL + Redis)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  let q: ReturnType<typeof createTestQueues>;
  let scheduleId = "";
  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
    q = createTestQueues();
  });
  afterAll(async () => {
    await q?.close();
    await testDb?.drop();
  });

  it("creates a schedule, mirrors it into a BullMQ job scheduler and audits it", async () => {
    const admin = await callerFor(testDb, seeded, DEMO.admin, q.queues);
    const { schedule, isSchedulerSynced } = await admin.schedules.create({
      name: "Weekday mornings",
      cron: "0 6 * * 1-5",
      timezone: "Europe/Paris",
      enabled: true,
    });
    scheduleId = schedule.id;
    expect(isSchedulerSynced).toBe(true);
    expect(schedule.nextRuns).toHaveLength(3);
    expect(await q.queues.schedule.getJobScheduler(scanSchedulerId(schedule.id))).toMatchObject({
      pattern: "0 6 * * 1-5",
      tz: "Europe/Paris",
      template: { data: { organizationId: seeded.demoId, scheduleId: schedule.id } },
    });
    expect(
      await testDb.db.auditLog.count({ where: { action: "schedule.create", targetId: schedule.id } }),
    ).toBe(1);
    expect((await admin.schedules.list()).map((s) => s.name)).toEqual(["Weekday mornings"]);
  });

  it.each([
    { name: "six fields (seconds)", cron: "* * * * * *", timezone: "UTC" },
    { name: "out of range", cron: "61 * * * *", timezone: "UTC" },
    { name: "garbage", cron: "every day", timezone: "UTC" },
    { name: "unknown time zone", cron: "0 6 * * *", timezone: "Mars/Olympus" },
  ])("refuses $name", async ({ cron, timezone }) => {
    const admin = await callerFor(testDb, seeded, DEMO.admin, q.queues);
    expect(await codeOf(admin.schedules.create({ name: "bad", cron, timezone, enabled: true }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("previews the next runs, or explains a bad expression", async () => {
    const admin = await callerFor(testDb, seeded, DEMO.admin);
    const ok = await admin.schedules.preview({ cron: "30 2 * * *", timezone: "UTC" });
    expect(ok.ok && ok.nextRuns.map((d) => d.toISOString().slice(11, 16))).toEqual([
      "02:30",
      "02:30",
      "02:30",
    ]);
    expect(await admin.schedules.preview({ cron: "30 2 * *", timezone: "UTC" })).toMatchObject({ ok: false });
  });

  it("disabling removes the scheduler, enabling puts it back, removing deletes both", async () => {
    const admin = await callerFor(testDb, seeded, DEMO.admin, q.queues);
    const disabled = await admin.schedules.update({ scheduleId, enabled: false });
    expect(disabled.schedule.nextRuns).toEqual([]);
    expect(await listScanScheduleIds(q.queues)).toEqual([]);
    await admin.schedules.update({ scheduleId, enabled: true, cron: "15 4 * * *" });
    expect((await q.queues.schedule.getJobScheduler(scanSchedulerId(scheduleId)))?.pattern).toBe(
      "15 4 * * *",
    );
    await admin.schedules.remove({ scheduleId });
    expect(await listScanScheduleIds(q.queues)).toEqual([]);
    expect(await testDb.db.scanSchedule.count()).toBe(0);
  });

  it("is admin-only and invisible to other organizations", async () => {
    const admin = await callerFor(testDb, seeded, DEMO.admin, q.queues);
    const { schedule } = await admin.schedules.create({
      name: "x",
      cron: "0 * * * *",
      timezone: "UTC",
      enabled: false,
    });
    for (const email of [DEMO.analyst, DEMO.approver, DEMO.viewer]) {
      const member = await callerFor(testDb, seeded, email, q.queues);
      expect(await codeOf(member.schedules.list())).toBe("FORBIDDEN");
      expect(await codeOf(member.schedules.remove({ scheduleId: schedule.id }))).toBe("FORBIDDEN");
    }
    const other = await callerFor(testDb, seeded, OTHER_ADMIN, q.queues);
    expect(await other.schedules.list()).toEqual([]);
    expect(await codeOf(other.schedules.update({ scheduleId: schedule.id, enabled: true }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(other.schedules.remove({ scheduleId: schedule.id }))).toBe("NOT_FOUND");
    expect((await testDb.db.scanSchedule.findUniqueOrThrow({ where: { id: schedule.id } })).enabled).toBe(
      false,
    );
  });
});
