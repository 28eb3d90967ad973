import { randomBytes } from "node:crypto";
import {
  createLimiter,
  createProbeAgent,
  createStsClient,
  parseResolveMap,
  RoleAssumer,
  SharedHttpHandler,
} from "@trustwatch/aws";
import { createScan, type Db, getScanProgress, seedDemo } from "@trustwatch/db";
import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { createQueues, createRedisConnection, enqueueScan, type Queues } from "@trustwatch/jobs";
import {
  issuerResolveMap,
  registrationOf,
  type Sandbox,
  type Scenario,
  type StartSandboxOptions,
  sandboxEnv,
  startSandbox,
} from "@trustwatch/sandbox";
import type { Redis } from "ioredis";
import { createLogger } from "../src/logger";
import { buildProcessorsFromDeps } from "../src/processors";
import type { ProcessorDeps } from "../src/processors/deps";
import { startWorkers, type WorkerRuntime } from "../src/runtime";

/** 32 zero-free bytes, base64: a fixed test key for secrets at rest. */
export const HARNESS_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");

export const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

export type ScanProgress = NonNullable<Awaited<ReturnType<typeof getScanProgress>>>;

export type Harness = {
  sandbox: Sandbox;
  testDb: TestDatabase;
  db: Db;
  organizationId: string;
  prefix: string;
  queues: Queues;
  deps: ProcessorDeps;
  startWorker: () => WorkerRuntime;
  runScan: (options?: { timeoutMs?: number }) => Promise<ScanProgress>;
  startScan: () => Promise<string>;
  waitForScan: (scanId: string, timeoutMs?: number) => Promise<ScanProgress>;
  /** Environment for a worker child process on this harness's database, queues and sandbox. */
  workerEnv: () => Record<string, string>;
  close: () => Promise<void>;
};

/** Sandbox + throwaway database + isolated queue prefix: a whole scan pipeline per test file. */
export async function createHarness(
  scenario: Scenario,
  options: Omit<StartSandboxOptions, "scenario"> & { accounts?: string[] } = {},
): Promise<Harness> {
  const sandbox = await startSandbox({ scenario, ...options });
  const testDb = await createTestDatabase();
  const db = testDb.db;
  const seeded = await seedDemo(db, {
    hashPassword: async (p) => `test:${p}`,
    externalId: scenario.externalId,
    accounts: scenario.accounts
      .filter((a) => !options.accounts || options.accounts.includes(a.id))
      .map(registrationOf),
  });
  const prefix = `{tw-test-${randomBytes(4).toString("hex")}}`;
  const connection: Redis = createRedisConnection(REDIS_URL, "worker");
  const queues = createQueues(connection, { prefix });
  const credentials = {
    accessKeyId: sandbox.credentials.accessKeyId,
    secretAccessKey: sandbox.credentials.secretAccessKey,
  };
  // As in production: every account's clients share one connection pool.
  const requestHandler = new SharedHttpHandler({ maxSockets: 64 });
  const probeAgent = createProbeAgent(16);
  const deps: ProcessorDeps = {
    db,
    queues,
    logger: createLogger((process.env.TEST_LOG_LEVEL as "warn" | undefined) ?? "error"),
    // One clock for AWS and Trustwatch: tests advance the sandbox clock to age keys and roles.
    now: () => sandbox.clock.now(),
    aws: { endpoint: sandbox.endpoint, credentials, maxAttempts: 6, describeConcurrency: 4, requestHandler },
    assumer: new RoleAssumer(createStsClient({ endpoint: sandbox.endpoint, credentials })),
    probe: {
      concurrency: 16,
      agent: probeAgent,
      limiter: createLimiter(16),
      options: {
        resolve: parseResolveMap(issuerResolveMap(sandbox)),
        extraCaPem: sandbox.caCertPem,
        allowPrivateAddresses: true,
      },
    },
    notify: {
      encryptionKey: HARNESS_ENCRYPTION_KEY,
      appUrl: "http://localhost:3000",
      allowAnyWebhookUrl: true,
      retryBaseMs: 50,
    },
  };
  const runtimes: WorkerRuntime[] = [];
  const startWorker = () => {
    const runtime = startWorkers(connection, buildProcessorsFromDeps(deps, 8), deps.logger, {
      prefix,
      lockDurationMs: 5_000,
    });
    runtimes.push(runtime);
    return runtime;
  };
  const startScan = async () => {
    const scan = await createScan(db, seeded.organizationId, { trigger: "manual" });
    await enqueueScan(queues, { organizationId: seeded.organizationId, scanId: scan.id });
    return scan.id;
  };
  const runScan = async ({ timeoutMs = 60_000 } = {}) =>
    waitForScan(db, seeded.organizationId, await startScan(), timeoutMs);
  return {
    sandbox,
    testDb,
    db,
    organizationId: seeded.organizationId,
    prefix,
    queues,
    deps,
    startWorker,
    runScan,
    startScan,
    waitForScan: (scanId, timeoutMs = 60_000) => waitForScan(db, seeded.organizationId, scanId, timeoutMs),
    workerEnv: () => ({
      ...sandboxEnv(sandbox),
      DATABASE_URL: testDb.url,
      REDIS_URL,
      TRUSTWATCH_QUEUE_PREFIX: prefix,
      TRUSTWATCH_ISSUER_ALLOW_PRIVATE: "true",
      WORKER_LOCK_MS: "2000",
      LOG_LEVEL: "error",
    }),
    close: async () => {
      await Promise.all(runtimes.map((r) => r.close()));
      requestHandler.close();
      probeAgent.destroy();
      for (const q of [queues.scan, queues.notify, queues.remediation, queues.schedule])
        await q.obliterate({ force: true });
      await queues.close();
      await connection.quit();
      await testDb.drop();
      await sandbox.close();
    },
  };
}

export async function waitForScan(db: Db, organizationId: string, scanId: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const progress = await getScanProgress(db, organizationId, scanId);
    if (progress && ["succeeded", "partial", "failed", "cancelled"].includes(progress.status))
      return progress;
    if (Date.now() > deadline)
      throw new Error(`scan ${scanId} not finished: ${JSON.stringify(progress?.status)} ${progress?.phase}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
