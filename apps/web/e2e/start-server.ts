/**
 * Playwright's webServer command. Playwright starts the web server before globalSetup, so the
 * whole product is prepared here: a throwaway migrated database, the local AWS sandbox, the
 * demo seed (real password hashes) with every sandbox account but "staging" (left for the
 * onboarding journey), a real worker process on its own queue prefix, one finished scan so
 * journeys have findings to read, then the production build (`next build` must have run).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createScan, seedDemo } from "@trustwatch/db";
import { createTestDatabase } from "@trustwatch/db/testing";
import { createQueues, createRedisConnection, enqueueScan } from "@trustwatch/jobs";
import { demoScenario, registrationOf, sandboxEnv, startSandbox } from "@trustwatch/sandbox";
import { hashPassword } from "better-auth/crypto";
import {
  E2E_BASE_URL,
  E2E_DATABASE_FILE,
  E2E_ONBOARDING_ACCOUNT,
  E2E_PORT,
  E2E_STATE_DIR,
  E2E_TWO_TENANT_EMAIL,
} from "./paths";

const testDb = await createTestDatabase();
mkdirSync(E2E_STATE_DIR, { recursive: true });
writeFileSync(E2E_DATABASE_FILE, testDb.url);
const sandbox = await startSandbox({ scenario: demoScenario, latencyMs: 5 });
const seeded = await seedDemo(testDb.db, {
  hashPassword,
  externalId: demoScenario.externalId,
  accounts: demoScenario.accounts.filter((a) => a.id !== E2E_ONBOARDING_ACCOUNT).map(registrationOf),
});
// A user of two tenants, so the organization switcher has something to switch between.
const viewer = await testDb.db.user.findUniqueOrThrow({ where: { email: E2E_TWO_TENANT_EMAIL } });
await testDb.db.member.create({
  data: { organizationId: seeded.otherOrganizationId, userId: viewer.id, role: "analyst" },
});
console.log(`[e2e] seeded ${testDb.url}`);

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const queuePrefix = `{tw-e2e-${randomBytes(4).toString("hex")}}`;
// Slack alerts: web encrypts webhook URLs, the worker decrypts them; journeys post to a local receiver.
const alertsEnv = {
  TRUSTWATCH_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  TRUSTWATCH_SLACK_ALLOW_ANY_URL: "true",
};
const repoRoot = path.resolve(E2E_STATE_DIR, "../../..");
const worker = spawn(process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], {
  cwd: repoRoot,
  stdio: "inherit",
  env: {
    ...process.env,
    ...sandboxEnv(sandbox),
    DATABASE_URL: testDb.url,
    REDIS_URL: redisUrl,
    TRUSTWATCH_QUEUE_PREFIX: queuePrefix,
    TRUSTWATCH_ISSUER_ALLOW_PRIVATE: "true",
    LOG_LEVEL: "warn",
    APP_URL: E2E_BASE_URL,
    ...alertsEnv,
  },
});

// One finished scan before the browser arrives: journeys read real findings.
const connection = createRedisConnection(redisUrl, "producer");
const queues = createQueues(connection, { prefix: queuePrefix });
const firstScan = await createScan(testDb.db, seeded.organizationId, { trigger: "manual" });
await enqueueScan(queues, { organizationId: seeded.organizationId, scanId: firstScan.id });
for (let i = 0; i < 600; i++) {
  const scan = await testDb.db.scan.findUniqueOrThrow({ where: { id: firstScan.id } });
  if (["succeeded", "partial", "failed", "cancelled"].includes(scan.status)) {
    console.log(`[e2e] first scan ${scan.status}`);
    break;
  }
  await new Promise((r) => setTimeout(r, 200));
}
await queues.close();
connection.disconnect();

const nextBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve("next/package.json")),
  "dist/bin/next",
);
const server = spawn(process.execPath, [nextBin, "start", "-p", String(E2E_PORT)], {
  cwd: path.resolve(E2E_STATE_DIR, ".."),
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: testDb.url,
    REDIS_URL: redisUrl,
    TRUSTWATCH_QUEUE_PREFIX: queuePrefix,
    AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789",
    APP_URL: E2E_BASE_URL,
    ...alertsEnv,
  },
});

let isStopping = false;
async function stop(code: number): Promise<never> {
  if (!isStopping) {
    isStopping = true;
    server.kill("SIGTERM");
    worker.kill("SIGTERM");
    await sandbox.close().catch(() => undefined);
    await testDb.drop().catch((error: unknown) => console.error("[e2e] could not drop the database:", error));
  }
  process.exit(code);
}

server.on("exit", (code) => void stop(code ?? 1));
worker.on("exit", (code) => {
  if (!isStopping) console.error(`[e2e] worker exited (${code})`);
});
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
