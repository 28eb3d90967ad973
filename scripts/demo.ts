// The demo orchestrator (run by scripts/demo.mjs after set-up): migrate, start the sandbox,
// seed "Demo Corp" with the sandbox's accounts, start web + worker, queue a first scan.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, createScan, DEMO_LOGIN, ensureDatabase, migrateDeploy, seedDemo } from "@trustwatch/db";
import { createQueues, createRedisConnection, enqueueScan } from "@trustwatch/jobs";
import {
  AUDIT_ROLE_NAME,
  DEMO_EXTERNAL_ID,
  demoScenario,
  registrationOf,
  sandboxEnv,
  startSandbox,
} from "@trustwatch/sandbox";
import { hashPassword } from "better-auth/crypto";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const databaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/trustwatch";
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const webPort = Number(process.env.PORT ?? 3000);
const appUrl = process.env.APP_URL ?? `http://localhost:${webPort}`;
const step = (message: string) => process.stderr.write(`\x1b[36m▸\x1b[0m ${message}\n`);

async function freePort(preferred: number): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(0));
    server.listen(preferred, "127.0.0.1", () => server.close(() => resolve(preferred)));
  });
}

if ((await freePort(webPort)) === 0) {
  process.stderr.write(`port ${webPort} is in use: stop what runs there, or run with PORT=<another port>\n`);
  process.exit(1);
}

step("migrating the database");
await ensureDatabase(databaseUrl);
await migrateDeploy(databaseUrl);

step("starting the local AWS sandbox (IAM, STS, EKS, Organizations and HTTPS OIDC issuers)");
const scenario = demoScenario;
const sandbox = await startSandbox({
  scenario,
  port: await freePort(4566),
  httpsPort: await freePort(8443),
  latencyMs: 15,
});

step("seeding the demo organization");
const db = createDb(databaseUrl);
const management = scenario.organization?.managementAccountId;
await seedDemo(db, {
  hashPassword,
  externalId: DEMO_EXTERNAL_ID,
  managementRoleArn: management ? `arn:aws:iam::${management}:role/${AUDIT_ROLE_NAME}` : null,
  accounts: scenario.accounts.map(registrationOf),
});

if (!existsSync(path.join(root, "apps/web/.next/BUILD_ID")) || process.env.TRUSTWATCH_REBUILD === "1") {
  step("building the web app (first run only)");
  const build = spawnSync(
    "npx",
    ["turbo", "run", "build", "--filter=@trustwatch/web", "--output-logs=errors-only"],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: databaseUrl },
    },
  );
  if (build.status !== 0) throw new Error("web build failed");
}
// The worker runs as plain JavaScript, as in production: no tsx loader thread, about 60 MB less RSS.
// Bundling takes under a second, so it is redone on every start and never runs stale sources.
const workerBuild = spawnSync(process.execPath, ["apps/worker/build.mjs"], { cwd: root, stdio: "inherit" });
if (workerBuild.status !== 0) throw new Error("worker build failed");

const appEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  APP_URL: appUrl,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "trustwatch-demo-secret-not-for-production-use",
  TRUSTWATCH_ENCRYPTION_KEY:
    process.env.TRUSTWATCH_ENCRYPTION_KEY ?? "dHJ1c3R3YXRjaC1kZW1vLWtleS1ub3Qtc2VjcmV0ISE=",
};
const children: ChildProcess[] = [];
const start = (name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root) => {
  // Its own process group: `npx` does not pass signals on to what it runs, so stop() signals the
  // whole group, or a SIGTERM to the demo would leave the worker and next-server running.
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "inherit", "inherit"], detached: true });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${name} exited (${code ?? signal}); stopping the demo\n`);
      void stop(1);
    }
  });
  children.push(child);
};

step("starting web and worker");
start("web", "npx", ["next", "start", "-p", String(webPort)], appEnv, path.join(root, "apps/web"));
start("worker", process.execPath, ["apps/worker/dist/main.js"], {
  ...appEnv,
  ...sandboxEnv(sandbox),
  TRUSTWATCH_ISSUER_ALLOW_PRIVATE: "true",
  LOG_LEVEL: "warn",
});

const organization = await db.organization.findUniqueOrThrow({ where: { slug: "demo" } });
if ((await db.scan.count({ where: { organizationId: organization.id } })) === 0) {
  const connection = createRedisConnection(redisUrl, "producer");
  const queues = createQueues(connection);
  const scan = await createScan(db, organization.id, { trigger: "manual" });
  await enqueueScan(queues, { organizationId: organization.id, scanId: scan.id });
  await queues.close();
  connection.disconnect();
  step("queued a first scan of Demo Corp");
}

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // the group is already gone
    }
  }
  await db.$disconnect();
  await sandbox.close();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

process.stdout.write(`
  Trustwatch is running.

    URL:       ${appUrl}
    Login:     ${DEMO_LOGIN.email}
    Password:  ${DEMO_LOGIN.password}
    (also analyst@, approver@ and viewer@demo.trustwatch.dev with the same password)

    AWS sandbox: ${sandbox.endpoint}   issuers: ${sandbox.issuerAddress}   CA: ${sandbox.caFile}
    Press Ctrl-C to stop.

`);
