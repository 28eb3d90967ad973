import { createSchedule } from "@trustwatch/db";
import { listScanScheduleIds, scanSchedulerId, syncScanSchedule } from "@trustwatch/jobs";
import { demoScenario } from "@trustwatch/sandbox";
import type { Job } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processScheduleFire } from "../src/processors/schedule/schedule-fire";
import { reconcileSchedules } from "../src/schedules/reconcile";
import { createHarness, type Harness } from "./harness";
import { waitFor } from "./slack-receiver";

describe("scheduled scans (sandbox + PostgreSQL + Redis)", () => {
  let h: Harness;
  let createdById: string;
  beforeAll(async () => {
    h = await createHarness(demoScenario);
    createdById = (await h.db.user.findUniqueOrThrow({ where: { email: "admin@demo.trustwatch.dev" } })).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const fireJob = (scheduleId: string) =>
    ({
      name: "schedule.fire",
      id: `fire-${Math.random()}`,
      data: { organizationId: h.organizationId, scheduleId },
    }) as unknown as Job;

  it("reconciles Redis to the database: enabled rows get schedulers, rows-less schedulers go", async () => {
    const enabled = await createSchedule(h.db, h.organizationId, {
      name: "nightly",
      cron: "0 2 * * *",
      timezone: "Europe/Berlin",
      enabled: true,
      createdById,
    });
    const disabled = await createSchedule(h.db, h.organizationId, {
      name: "off",
      cron: "0 3 * * *",
      timezone: "UTC",
      enabled: false,
      createdById,
    });
    // a scheduler left behind by a schedule deleted while Redis was unreachable
    await syncScanSchedule(h.queues, {
      id: "deleted-long-ago",
      organizationId: h.organizationId,
      cron: "* * * * *",
      timezone: "UTC",
      enabled: true,
    });

    expect(await reconcileSchedules(h.deps)).toEqual({ synced: 1, failed: 0, removed: 1 });
    expect(await listScanScheduleIds(h.queues)).toEqual([enabled.id]);
    expect(await h.queues.schedule.getJobScheduler(scanSchedulerId(enabled.id))).toMatchObject({
      pattern: "0 2 * * *",
      tz: "Europe/Berlin",
    });

    // Redis lost everything (restart without AOF): the next worker start puts it back
    await h.queues.schedule.obliterate({ force: true });
    expect(await listScanScheduleIds(h.queues)).toEqual([]);
    await reconcileSchedules(h.deps);
    expect(await listScanScheduleIds(h.queues)).toEqual([enabled.id]);
    await h.db.scanSchedule.deleteMany({ where: { id: { in: [enabled.id, disabled.id] } } });
    await reconcileSchedules(h.deps);
    expect(await listScanScheduleIds(h.queues)).toEqual([]);
  });

  it("two fires at once start one scan and record the other as skipped", async () => {
    const schedule = await createSchedule(h.db, h.organizationId, {
      name: "hourly",
      cron: "0 * * * *",
      timezone: "UTC",
      enabled: true,
      createdById,
    });
    const results = await Promise.all([
      processScheduleFire(fireJob(schedule.id), h.deps),
      processScheduleFire(fireJob(schedule.id), h.deps),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["skipped", "started"]);
    const scans = await h.db.scan.findMany({
      where: { organizationId: h.organizationId, scheduleId: schedule.id },
    });
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatchObject({ trigger: "schedule", status: "queued" });
    const skip = await h.db.auditLog.findFirstOrThrow({
      where: { action: "schedule.skip", targetId: schedule.id },
    });
    expect(skip).toMatchObject({
      actorType: "system",
      after: { reason: "scan-running", activeScanId: scans[0]?.id },
    });
    expect(
      (await h.db.scanSchedule.findUniqueOrThrow({ where: { id: schedule.id } })).lastRunAt,
    ).not.toBeNull();

    // the worker runs the queued scan to the end
    h.startWorker();
    await h.waitForScan(scans[0]?.id ?? "", 60_000);
    await h.db.scanSchedule.delete({ where: { id: schedule.id } });
  });

  it("a job scheduler firing every second starts a scheduled scan and skips while it runs", async () => {
    const schedule = await createSchedule(h.db, h.organizationId, {
      name: "tight",
      cron: "* * * * *",
      timezone: "UTC",
      enabled: true,
      createdById,
    });
    // The scan must outlast a period of the schedule (1 s) for the next fire to find it running:
    // slow the audit role's assumption, or a fast machine finishes the demo scan in between.
    h.sandbox.latency.set({ perAction: { "sts:AssumeRole": 2_500 } });
    await syncScanSchedule(h.queues, schedule, { every: 1_000 });
    const scan = await waitFor(() =>
      h.db.scan.findFirst({ where: { scheduleId: schedule.id, trigger: "schedule" } }),
    );
    await waitFor(
      () => h.db.auditLog.findFirst({ where: { action: "schedule.skip", targetId: schedule.id } }),
      30_000,
    );
    h.sandbox.latency.set(undefined);
    await syncScanSchedule(h.queues, { ...schedule, enabled: false });
    expect(await listScanScheduleIds(h.queues)).toEqual([]);
    await h.waitForScan(scan.id, 60_000);
    // a fire for a schedule deleted meanwhile does nothing
    await h.db.scanSchedule.delete({ where: { id: schedule.id } });
    expect(await processScheduleFire(fireJob(schedule.id), h.deps)).toEqual({
      status: "ignored",
      reason: "schedule-gone",
    });
  });
});
