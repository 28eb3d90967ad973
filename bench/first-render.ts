/**
 * Dashboard first render: `npx tsx bench/first-render.ts` (needs `next build` of apps/web).
 * Prepares what apps/web/e2e/start-server.ts prepares (throwaway database, demo seed with real
 * password hashes, one real scan by a worker process on the sandbox) plus 200,000 findings,
 * starts `next start`, signs in with headless chromium and times the overview page:
 * navigation start → first contentful paint and → `load`, cold (first visit) and warm.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { createScan, DEMO_LOGIN, seedDemo } from "@trustwatch/db";
import { createTestDatabase } from "@trustwatch/db/testing";
import { createQueues, createRedisConnection, enqueueScan } from "@trustwatch/jobs";
import { demoScenario, registrationOf, sandboxEnv, startSandbox } from "@trustwatch/sandbox";
import { hashPassword } from "better-auth/crypto";
import { chromium } from "playwright";
import { insertFindings } from "./lib/findings-api";
import { loadAverage, REDIS_URL } from "./lib/run-scan";
import { REPO_ROOT, startWorkers } from "./lib/worker-processes";

const { values } = parseArgs({
  options: { findings: { type: "string", default: "200000" }, visits: { type: "string", default: "10" } },
});
const TARGET_MS = 1_500;
const webDir = path.join(REPO_ROOT, "apps/web");
if (!existsSync(path.join(webDir, ".next/BUILD_ID")))
  throw new Error("apps/web is not built: run `npx turbo run build --filter=@trustwatch/web` first");

const testDb = await createTestDatabase();
const sandbox = await startSandbox({ scenario: demoScenario, latencyMs: 0 });
const prefix = `{tw-bench-${randomBytes(4).toString("hex")}}`;
const port = 3200 + Math.floor(Math.random() * 500);
let server: ReturnType<typeof spawn> | undefined;
const workers = await startWorkers(1, {
  ...sandboxEnv(sandbox),
  DATABASE_URL: testDb.url,
  REDIS_URL,
  TRUSTWATCH_QUEUE_PREFIX: prefix,
  TRUSTWATCH_ISSUER_ALLOW_PRIVATE: "true",
});
try {
  const seeded = await seedDemo(testDb.db, {
    hashPassword,
    externalId: demoScenario.externalId,
    accounts: demoScenario.accounts.map(registrationOf),
  });
  const connection = createRedisConnection(REDIS_URL, "producer");
  const queues = createQueues(connection, { prefix });
  const scan = await createScan(testDb.db, seeded.organizationId, { trigger: "manual" });
  await enqueueScan(queues, { organizationId: seeded.organizationId, scanId: scan.id });
  for (;;) {
    const { status } = await testDb.db.scan.findUniqueOrThrow({ where: { id: scan.id } });
    if (["succeeded", "partial", "failed", "cancelled"].includes(status)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await queues.close();
  connection.disconnect();
  // Organization scale for the pages that count and list findings.
  await insertFindings(testDb.db, seeded.organizationId, Number(values.findings), "r");

  const nextBin = path.join(
    path.dirname(createRequire(import.meta.url).resolve("next/package.json")),
    "dist/bin/next",
  );
  const baseUrl = `http://localhost:${port}`;
  server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: webDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: testDb.url,
      REDIS_URL,
      TRUSTWATCH_QUEUE_PREFIX: prefix,
      AUTH_SECRET: "bench-only-secret-0123456789abcdef0123456789",
      APP_URL: baseUrl,
    },
  });
  for (let i = 0; ; i++) {
    if (i > 300) throw new Error("next start did not answer in 60 s");
    if (
      await fetch(`${baseUrl}/sign-in`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }

  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const context = await browser.newContext({
    baseURL: baseUrl,
    extraHTTPHeaders: { "x-forwarded-for": "198.51.100.201" },
  });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_LOGIN.email);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
  const overviewUrl = page.url();

  // ttfb: navigation start → first byte of the HTML (the server rendering the page's data).
  const timings: { ttfb: number; fcp: number; load: number }[] = [];
  for (let i = 0; i < Number(values.visits); i++) {
    // A fresh page each visit: navigation start → paint, with the session cookie already set.
    const visit = await context.newPage();
    await visit.goto(overviewUrl, { waitUntil: "load" });
    timings.push(
      await visit.evaluate(() => {
        // Runs in the page; typed here without the DOM lib (bench/ is checked against Node's types).
        const nav = performance.getEntriesByType("navigation" as never)[0] as unknown as {
          responseStart: number;
          loadEventEnd: number;
        };
        const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
        return { ttfb: nav.responseStart, fcp, load: nav.loadEventEnd };
      }),
    );
    await visit.close();
  }
  await browser.close();
  const sorted = (k: "ttfb" | "fcp" | "load") => timings.map((t) => t[k]).sort((a, b) => a - b);
  const median = (a: number[]) => a[Math.floor(a.length / 2)] ?? Number.NaN;
  const first = timings[0];
  console.log(`# overview ${overviewUrl}, ${values.findings} findings, load average ${await loadAverage()}`);
  console.log(
    `first visit:      TTFB ${first?.ttfb.toFixed(0)} ms, FCP ${first?.fcp.toFixed(0)} ms, load ${first?.load.toFixed(0)} ms`,
  );
  console.log(
    `median of ${timings.length}:     TTFB ${median(sorted("ttfb")).toFixed(0)} ms, FCP ${median(sorted("fcp")).toFixed(0)} ms, load ${median(sorted("load")).toFixed(0)} ms (target < ${TARGET_MS} ms)`,
  );
  console.log(
    `worst:            FCP ${Math.max(...sorted("fcp")).toFixed(0)} ms, load ${Math.max(...sorted("load")).toFixed(0)} ms`,
  );
} finally {
  server?.kill("SIGTERM");
  await workers.stop();
  await sandbox.close();
  await testDb.drop();
}
process.exit(0);
