import { randomBytes } from "node:crypto";
import { Worker } from "bullmq";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisConnection } from "./connection";
import { JOB, QUEUE } from "./names";
import { InvalidPayloadError } from "./payloads";
import { enqueueScan } from "./producers";
import { createQueues, type Queues } from "./queues";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

describe("scan producer (real Redis)", () => {
  const prefix = `{tw-test-${randomBytes(4).toString("hex")}}`;
  let producer: Redis;
  let queues: Queues;
  beforeAll(() => {
    producer = createRedisConnection(REDIS_URL, "worker");
    queues = createQueues(producer, { prefix });
  });
  afterAll(async () => {
    await queues.scan.obliterate({ force: true });
    await queues.close();
    await producer.quit();
  });

  it("enqueues one job per scan id, even when asked twice", async () => {
    await enqueueScan(queues, { organizationId: "org1", scanId: "scan1" });
    await enqueueScan(queues, { organizationId: "org1", scanId: "scan1" });
    expect(await queues.scan.getJobCountByTypes("waiting", "active", "delayed")).toBe(1);
  });

  it("rejects a payload without ids before it reaches Redis", async () => {
    await expect(enqueueScan(queues, { organizationId: "", scanId: "x" })).rejects.toBeInstanceOf(
      InvalidPayloadError,
    );
  });

  it("delivers the payload to a worker", async () => {
    const connection = createRedisConnection(REDIS_URL, "worker");
    const seen: unknown[] = [];
    const worker = new Worker(
      QUEUE.scan,
      async (job) => {
        seen.push({ name: job.name, data: job.data });
      },
      { connection, prefix },
    );
    await new Promise<void>((resolve) => worker.on("drained", () => resolve()));
    await worker.close();
    await connection.quit();
    expect(seen).toEqual([{ name: JOB.scanOrg, data: { organizationId: "org1", scanId: "scan1" } }]);
  });
});
