import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisConnection } from "./connection";
import { JOB } from "./names";
import { createQueues, type Queues } from "./queues";
import { listScanScheduleIds, removeScanSchedule, scanSchedulerId, syncScanSchedule } from "./schedules";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

describe("scan schedulers (real Redis)", () => {
  const prefix = `{tw-test-${randomBytes(4).toString("hex")}}`;
  let connection: Redis;
  let queues: Queues;
  beforeAll(() => {
    connection = createRedisConnection(REDIS_URL, "worker");
    queues = createQueues(connection, { prefix });
  });
  afterAll(async () => {
    await queues.schedule.obliterate({ force: true });
    await queues.close();
    await connection.quit();
  });

  const schedule = {
    id: "sch1",
    organizationId: "org1",
    cron: "0 6 * * 1-5",
    timezone: "Europe/Paris",
    enabled: true,
  };

  it("mirrors a schedule into one job scheduler with its cron and time zone, idempotently", async () => {
    await syncScanSchedule(queues, schedule);
    await syncScanSchedule(queues, schedule);
    const scheduler = await queues.schedule.getJobScheduler(scanSchedulerId("sch1"));
    expect(scheduler).toMatchObject({ pattern: "0 6 * * 1-5", tz: "Europe/Paris", name: JOB.scheduleFire });
    expect(scheduler?.template?.data).toEqual({ organizationId: "org1", scheduleId: "sch1" });
    expect(await listScanScheduleIds(queues)).toEqual(["sch1"]);
    // the next run is 06:00 Paris time on a weekday
    const next = new Date(scheduler?.next ?? 0);
    const paris = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Paris",
      hour: "2-digit",
      minute: "2-digit",
    });
    expect(paris.format(next)).toBe("06:00");
  });

  it("updates the pattern in place and removes the scheduler when disabled", async () => {
    await syncScanSchedule(queues, { ...schedule, cron: "30 2 * * *" });
    expect((await queues.schedule.getJobScheduler(scanSchedulerId("sch1")))?.pattern).toBe("30 2 * * *");
    await syncScanSchedule(queues, { ...schedule, enabled: false });
    expect(await listScanScheduleIds(queues)).toEqual([]);
    await removeScanSchedule(queues, "sch1"); // removing twice is harmless
  });
});
