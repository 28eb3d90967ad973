// `npm test`: every test of the repository — lint, types, unit and integration tests against
// the real PostgreSQL and Redis (throwaway databases), and Playwright journeys in chromium.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import {
  ensureChromium,
  ensureNodeModules,
  ensurePrismaClient,
  ensureServices,
  log,
  root,
  run,
} from "./bootstrap.mjs";

const env = {
  ...process.env,
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test",
  REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  TRUSTWATCH_TEST_REPORT_DIR: path.join(root, ".test-results"),
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};
env.DATABASE_URL = process.env.DATABASE_URL ?? env.TEST_DATABASE_URL;

const started = Date.now();
ensureNodeModules();
await ensureServices(env.TEST_DATABASE_URL, env.REDIS_URL);
ensurePrismaClient(env.DATABASE_URL);
env.PLAYWRIGHT_CHROMIUM_PATH = ensureChromium();
rmSync(env.TRUSTWATCH_TEST_REPORT_DIR, { recursive: true, force: true });
mkdirSync(env.TRUSTWATCH_TEST_REPORT_DIR, { recursive: true });

const steps = [
  ["lint and format (biome)", "npx", ["biome", "ci", "."]],
  [
    "typecheck, unit and integration tests (turbo)",
    "npx",
    ["turbo", "run", "typecheck", "test", "--concurrency=2", "--output-logs=errors-only"],
  ],
  // The benches and scripts live outside the workspaces, so turbo does not type-check them.
  ["typecheck the benches and scripts", "npx", ["tsc", "-p", "tsconfig.tools.json"]],
  [
    "build the web app and run the browser journeys (playwright)",
    "npm",
    ["run", "e2e", "-w", "@trustwatch/web"],
  ],
  // A 50-account scan in the sandbox: fails when the API calls made regress past 1.5× the
  // minimum. Wall time vs the floor is printed but not gated yet (see bench/README.md).
  [
    "org-scale benchmark, CI size",
    "npx",
    ["tsx", "bench/scan-org.ts", "--ci", "--gate", "calls,findings,rss"],
  ],
];
const failedSteps = [];
for (const [name, command, args] of steps) {
  log(name);
  if (run(command, args, { env }) !== 0) failedSteps.push(name);
}

// One closing line over every runner's results: CI reads it.
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of existsSync(env.TRUSTWATCH_TEST_REPORT_DIR)
  ? readdirSync(env.TRUSTWATCH_TEST_REPORT_DIR)
  : []) {
  const report = JSON.parse(readFileSync(path.join(env.TRUSTWATCH_TEST_REPORT_DIR, file), "utf8"));
  if (file.startsWith("vitest-")) {
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  } else if (file.startsWith("playwright")) {
    passed += report.stats?.expected ?? 0;
    failed += (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0);
    skipped += report.stats?.skipped ?? 0;
  }
}
const seconds = Math.round((Date.now() - started) / 1000);
if (failedSteps.length) log(`failed steps: ${failedSteps.join("; ")}`);
log(`finished in ${seconds}s`);
if (failedSteps.length && failed === 0) failed = failedSteps.length; // a step failed outside any test
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length || failed ? 1 : 0);
