import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import {
  AUDIT_ROLE_NAME,
  DEMO_ACCOUNTS,
  demoScenario,
  type Sandbox,
  sandboxEnv,
  startSandbox,
} from "@trustwatch/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = path.join(repo, "apps/cli/bin/trustwatch.mjs");

describe("the trustwatch CLI against the sandbox, PostgreSQL and a real worker", () => {
  let testDb: TestDatabase;
  let sandbox: Sandbox;
  let worker: ChildProcess;
  let env: Record<string, string>;
  // Asynchronous on purpose: the sandbox serves AWS from this test process, so a blocking
  // spawnSync would starve it.
  const cli = (...args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd: repo, env: { ...process.env, ...env } });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => {
        stdout += d;
      });
      child.stderr.on("data", (d) => {
        stderr += d;
      });
      child.on("exit", (code) => resolve({ code, stdout, stderr }));
    });

  beforeAll(async () => {
    testDb = await createTestDatabase();
    sandbox = await startSandbox({ scenario: demoScenario });
    env = {
      ...sandboxEnv(sandbox),
      DATABASE_URL: testDb.url,
      REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
      TRUSTWATCH_QUEUE_PREFIX: `{tw-cli-${randomBytes(4).toString("hex")}}`,
      TRUSTWATCH_ISSUER_ALLOW_PRIVATE: "true",
      LOG_LEVEL: "error",
    };
    worker = spawn(process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], {
      cwd: repo,
      env: { ...process.env, ...env },
      stdio: "ignore",
    });
  });
  afterAll(async () => {
    worker?.kill("SIGTERM");
    await sandbox?.close();
    await testDb?.drop();
  });

  it("creates an organization, adds an account, scans it and exports findings", async () => {
    const org = await cli(
      "org",
      "create",
      "--name",
      "Acme Platform",
      "--external-id",
      demoScenario.externalId,
      "--json",
    );
    expect(org.code).toBe(0);
    expect(JSON.parse(org.stdout)).toMatchObject({
      slug: "acme-platform",
      externalId: demoScenario.externalId,
    });

    const added = await cli(
      "account",
      "add",
      "--org",
      "acme-platform",
      "--account-id",
      DEMO_ACCOUNTS.shared,
      "--name",
      "shared",
      "--audit-role-arn",
      `arn:aws:iam::${DEMO_ACCOUNTS.shared}:role/${AUDIT_ROLE_NAME}`,
      "--regions",
      "us-east-1,eu-west-1",
    );
    expect(added.code).toBe(0);

    const scan = await cli("scan", "--org", "acme-platform", "--wait", "--json");
    expect(scan.stderr).toMatch(/accounts done/);
    expect(scan.code).toBe(0);
    expect(JSON.parse(scan.stdout)).toMatchObject({ status: "succeeded", accounts: 1, accountsFailed: 0 });

    const csv = await cli("findings", "--org", "acme-platform", "--format", "csv", "--severity", "critical");
    expect(csv.code).toBe(0);
    const [header, ...rows] = csv.stdout.trim().split("\n");
    expect(header).toBe(
      "severity,ruleId,status,accountId,resourceArn,title,firstSeenAt,lastSeenAt,fingerprint",
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.startsWith("critical,"))).toBe(true);

    const inventory = JSON.parse((await cli("inventory", "--org", "acme-platform", "--json")).stdout);
    expect(inventory.roles.some((r: { name: string }) => r.name === "gha-no-sub")).toBe(true);
  }, 150_000);

  it("rejects bad input with one clear line and a non-zero exit", async () => {
    const bad = await cli(
      "account",
      "add",
      "--org",
      "acme-platform",
      "--account-id",
      "12",
      "--audit-role-arn",
      "x",
      "--regions",
      "us-east-1",
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe("trustwatch: --account-id must be 12 digits");
    const unknown = await cli("scan", "--org", "nope");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/organization "nope" not found/);
    const missingEnv = spawnSync(process.execPath, [bin, "org", "list"], {
      cwd: repo,
      env: { PATH: process.env.PATH },
      encoding: "utf8",
    });
    expect(missingEnv.stderr.trim()).toMatch(/^trustwatch: Invalid environment: DATABASE_URL is required/);
  });
});
