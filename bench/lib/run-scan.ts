import { randomBytes } from "node:crypto";
import { createScan, seedDemo } from "@trustwatch/db";
import { createTestDatabase } from "@trustwatch/db/testing";
import { createQueues, createRedisConnection, enqueueScan } from "@trustwatch/jobs";
import { type CallCount, registrationOf, type Scenario } from "@trustwatch/sandbox";
import type { SandboxProcess } from "./sandbox-process";
import { type AccountTiming, cpuSeconds, startWorkers } from "./worker-processes";

export const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const FINISHED = new Set(["succeeded", "partial", "failed", "cancelled"]);

export type ScanRun = {
  workers: number;
  status: string;
  wallMs: number;
  /** First account started → last account finished (the collection + persistence phase). */
  collectionMs: number;
  itemsCollected: number;
  accountsFailed: number;
  summary: Record<string, unknown>;
  awsCalls: number;
  throttled: number;
  issuerFetches: number;
  calls: CallCount[];
  peakRssMb: number[];
  load: string;
  accounts: AccountTiming[];
  /** CPU seconds used during the scan: all workers, and the sandbox (which a real AWS would not cost). */
  workerCpuS: number;
  sandboxCpuS: number;
};

export const loadAverage = () =>
  // /proc/loadavg: 1, 5 and 15-minute load averages first.
  import("node:fs").then((fs) => fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "));

/**
 * One full scan of the sandbox organization on a fresh throwaway database with `workers`
 * worker processes: first-scan conditions (every row an insert) each time, so runs compare.
 */
export async function runScan(
  sandbox: SandboxProcess,
  scenario: Scenario,
  workers: number,
  workerEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ScanRun> {
  const testDb = await createTestDatabase();
  const db = testDb.db;
  const connection = createRedisConnection(REDIS_URL, "producer");
  const prefix = `{tw-bench-${randomBytes(4).toString("hex")}}`;
  const queues = createQueues(connection, { prefix });
  const procs = await startWorkers(
    workers,
    {
      ...sandbox.env,
      DATABASE_URL: testDb.url,
      REDIS_URL,
      TRUSTWATCH_QUEUE_PREFIX: prefix,
      TRUSTWATCH_ISSUER_ALLOW_PRIVATE: "true",
      ...workerEnv,
    },
    nodeArgs,
  );
  try {
    const seeded = await seedDemo(db, {
      hashPassword: async (p) => `bench:${p}`,
      externalId: scenario.externalId,
      accounts: scenario.accounts.map(registrationOf),
    });
    await sandbox.reset();
    const cpuBefore = procs.cpuSeconds().reduce((a, b) => a + b, 0);
    const sandboxCpuBefore = cpuSeconds(sandbox.pid);
    const started = performance.now();
    const scan = await createScan(db, seeded.organizationId, { trigger: "manual" });
    await enqueueScan(queues, { organizationId: seeded.organizationId, scanId: scan.id });
    let status = "queued";
    while (!FINISHED.has(status)) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await db.scan.findUniqueOrThrow({ where: { id: scan.id }, select: { status: true } })).status;
    }
    const wallMs = performance.now() - started;
    const peakRssMb = procs.peakRssMb();
    const workerCpuS = procs.cpuSeconds().reduce((a, b) => a + b, 0) - cpuBefore;
    const sandboxCpuS = cpuSeconds(sandbox.pid) - sandboxCpuBefore;
    const load = await loadAverage();
    const finished = await db.scan.findUniqueOrThrow({ where: { id: scan.id } });
    const results = await db.scanAccountResult.findMany({ where: { scanId: scan.id } });
    const first = Math.min(...results.map((r) => r.startedAt?.getTime() ?? Number.POSITIVE_INFINITY));
    const last = Math.max(...results.map((r) => r.finishedAt?.getTime() ?? 0));
    const m = await sandbox.metrics();
    const aws = m.calls.filter((c) => c.service !== "oidc");
    return {
      workers,
      status,
      wallMs,
      collectionMs: last - first,
      itemsCollected: results.reduce((s, r) => s + r.itemsCollected, 0),
      accountsFailed: results.filter((r) => r.status === "failed").length,
      summary: (finished.summary ?? {}) as Record<string, unknown>,
      awsCalls: aws.reduce((s, c) => s + c.calls, 0),
      throttled: aws.reduce((s, c) => s + c.errors, 0),
      issuerFetches: m.total - aws.reduce((s, c) => s + c.calls, 0),
      calls: aws,
      peakRssMb,
      load,
      accounts: procs.accounts,
      workerCpuS,
      sandboxCpuS,
    };
  } finally {
    await procs.stop();
    await queues.close();
    connection.disconnect();
    await testDb.drop();
  }
}
