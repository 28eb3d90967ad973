/**
 * Playwright's webServer command. Playwright starts the web server before globalSetup, so the
 * database is prepared here: a throwaway migrated database, the demo seed (real password
 * hashes), then the production build (`next build` must have run) on port 3100.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { seedDemo } from "@trustwatch/db";
import { createTestDatabase } from "@trustwatch/db/testing";
import { hashPassword } from "better-auth/crypto";
import { E2E_BASE_URL, E2E_DATABASE_FILE, E2E_PORT, E2E_STATE_DIR, E2E_TWO_TENANT_EMAIL } from "./paths";

const testDb = await createTestDatabase();
mkdirSync(E2E_STATE_DIR, { recursive: true });
writeFileSync(E2E_DATABASE_FILE, testDb.url);
const seeded = await seedDemo(testDb.db, { hashPassword });
// A user of two tenants, so the organization switcher has something to switch between.
const viewer = await testDb.db.user.findUniqueOrThrow({ where: { email: E2E_TWO_TENANT_EMAIL } });
await testDb.db.member.create({
  data: { organizationId: seeded.otherOrganizationId, userId: viewer.id, role: "analyst" },
});
console.log(`[e2e] seeded ${testDb.url}`);

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
    REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789",
    APP_URL: E2E_BASE_URL,
  },
});

let isStopping = false;
async function stop(code: number): Promise<never> {
  if (!isStopping) {
    isStopping = true;
    server.kill("SIGTERM");
    await testDb.drop().catch((error: unknown) => console.error("[e2e] could not drop the database:", error));
  }
  process.exit(code);
}

server.on("exit", (code) => void stop(code ?? 1));
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
