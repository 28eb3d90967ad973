// Fault drills against the local services: a worker killed mid-scan, Redis restarted mid-scan
// (losing its data: no persistence on this machine), PostgreSQL restarted mid-scan. Each drill
// runs a real scan of the demo organization (sandbox, real worker processes) and prints what
// survived, compared with an undisturbed scan.
//
//   npx tsx scripts/fault-drills.ts [--only worker|redis|postgres]
//
// It restarts the machine's PostgreSQL and Redis: do not run it while other test suites run.
import { type ChildProcess, execSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createScan, getScanProgress, seedDemo } from "@trustwatch/db";
import { createTestDatabase } from "@trustwatch/db/testing";
import { createQueues, createRedisConnection, enqueueScan } from "@trustwatch/jobs";
import { demoScenario, registrationOf, sandboxEnv, startSandbox } from "@trustwatch/sandbox";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const sandbox = await startSandbox({ scenario: demoScenario, latencyMs: 80 });
const testDb = await createTestDatabase();
const db = testDb.db;
const seeded = await seedDemo(db, {
  hashPassword: async (p) => `drill:${p}`,
  externalId: demoScenario.externalId,
  accounts: demoScenario.accounts.map(registrationOf),
});
const orgId = seeded.organizationId;
const prefix = `{tw-drill-${randomBytes(4).toString("hex")}}`;
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      ...sandboxEnv(sandbox),
      DATABASE_URL: testDb.url,
      REDIS_URL,
      TRUSTWATCH_QUEUE_PREFIX: prefix,
      TRUSTWATCH_ISSUER_ALLOW_PRIVATE: "true",
      WORKER_LOCK_MS: "3000",
      WORKER_RESUME_INTERVAL_MS: "2000",
      LOG_LEVEL: "error",
    },
    stdio: ["ignore", "ignore", "ignore"],
  });
  workers.push(child);
  return child;
}

async function startScan(): Promise<string> {
  // The producer connection is per scan: a drill may have restarted Redis in between.
  const connection = createRedisConnection(REDIS_URL, "worker");
  const queues = createQueues(connection, { prefix });
  const scan = await createScan(db, orgId, { trigger: "manual" });
  await enqueueScan(queues, { organizationId: orgId, scanId: scan.id });
  await queues.close();
  connection.disconnect();
  return scan.id;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return true;
    } catch {
      // the database may be restarting
    }
    await sleep(200);
  }
  return false;
}

async function finish(scanId: string, timeoutMs = 180_000) {
  await waitUntil(async () => {
    const s = await db.scan.findUniqueOrThrow({ where: { id: scanId } });
    return ["succeeded", "partial", "failed", "cancelled"].includes(s.status);
  }, timeoutMs);
  return getScanProgress(db, orgId, scanId);
}

async function snapshot() {
  const findings = await db.finding.findMany({
    where: { organizationId: orgId },
    select: { fingerprint: true, status: true },
  });
  return {
    roles: await db.iamRole.count({ where: { organizationId: orgId, goneAt: null } }),
    clusters: await db.cluster.count({ where: { organizationId: orgId, goneAt: null } }),
    open: findings.filter((f) => f.status === "open").length,
    duplicates: findings.length - new Set(findings.map((f) => f.fingerprint)).size,
  };
}

const midScan = (scanId: string) =>
  waitUntil(
    async () => (await db.scanAccountResult.count({ where: { scanId, status: "running" } })) > 0,
    60_000,
  );

function restartRedis() {
  const port = new URL(REDIS_URL).port || "6379";
  execSync(`redis-cli -p ${port} shutdown nosave || true`, { stdio: "ignore" });
  execSync(`redis-server --daemonize yes --bind 127.0.0.1 --port ${port} --save "" --appendonly no`, {
    stdio: "ignore",
  });
}

function restartPostgres() {
  for (const version of readdirSync("/etc/postgresql")) {
    execSync(`pg_ctlcluster --skip-systemctl-redirect ${version} main restart`, { stdio: "ignore" });
  }
}

type Row = {
  drill: string;
  status: string;
  accounts: string;
  roles: number;
  clusters: number;
  open: number;
  duplicates: number;
  verdict: string;
};
const rows: Row[] = [];

// Reference: an undisturbed scan.
startWorker();
const reference = await finish(await startScan());
const expected = await snapshot();
rows.push({
  drill: "undisturbed",
  status: reference?.status ?? "?",
  accounts: `${reference?.accountsDone}/${reference?.accountsTotal}`,
  ...expected,
  verdict: "reference",
});

async function drill(name: string, disturb: (scanId: string) => Promise<void>) {
  if (only && !name.startsWith(only)) return;
  const scanId = await startScan();
  await midScan(scanId);
  await disturb(scanId);
  const result = await finish(scanId);
  const after = await snapshot();
  const intact =
    result?.status === "succeeded" &&
    after.duplicates === 0 &&
    after.open === expected.open &&
    after.roles === expected.roles &&
    after.clusters === expected.clusters;
  rows.push({
    drill: name,
    status: result?.status ?? "unfinished",
    accounts: `${result?.accountsDone}/${result?.accountsTotal}`,
    ...after,
    verdict: intact ? "survived: nothing lost or duplicated" : "LOST OR CHANGED STATE",
  });
}

await drill("worker killed (SIGKILL) mid-scan", async () => {
  for (const w of workers.splice(0)) w.kill("SIGKILL");
  await sleep(500);
  startWorker();
});
await drill("redis restarted (data lost) mid-scan", async () => {
  restartRedis();
  // Workers reconnect by themselves; a fresh one also resumes at start.
  startWorker();
});
await drill("postgresql restarted mid-scan", async () => {
  restartPostgres();
});

for (const w of workers) w.kill("SIGTERM");
console.table(rows);
await testDb.drop().catch(() => undefined);
await sandbox.close();
const failed = rows.filter((r) => r.verdict.startsWith("LOST"));
process.exit(failed.length ? 1 : 0);
