// Set-up shared by the two quick-start commands (`npm run demo`, `npm test`). Plain Node,
// no dependencies: it runs on a fresh clone before `npm ci`.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function log(message) {
  process.stderr.write(`\x1b[36m▸\x1b[0m ${message}\n`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  return result.status ?? 1;
}

function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

export function ensureNodeModules() {
  const marker = path.join(root, "node_modules/.package-lock.json");
  if (mtime(marker) >= mtime(path.join(root, "package-lock.json"))) return;
  log("installing dependencies (npm ci)");
  // No engine or browser downloads: Prisma runs on WASM, Playwright uses Debian's chromium.
  const env = {
    ...process.env,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    PRISMA_SKIP_POSTINSTALL_GENERATE: "1",
  };
  if (run("npm", ["ci", "--no-audit", "--no-fund"], { env }) !== 0) throw new Error("npm ci failed");
}

export function ensurePrismaClient(databaseUrl) {
  const generated = path.join(root, "packages/db/src/generated/prisma/client.ts");
  if (mtime(generated) >= mtime(path.join(root, "prisma/schema.prisma"))) return;
  log("generating the Prisma client");
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  if (run("npx", ["prisma", "generate"], { cwd: path.join(root, "packages/db"), env }) !== 0) {
    throw new Error("prisma generate failed");
  }
}

function canConnect(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1500 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function tryShell(command) {
  try {
    execSync(command, { stdio: "ignore" });
  } catch {
    // best effort: the reachability check below reports the real problem
  }
}

/** PostgreSQL and Redis must be reachable; on a machine that has them installed but stopped, start them. */
export async function ensureServices(databaseUrl, redisUrl) {
  const pg = new URL(databaseUrl);
  const redis = new URL(redisUrl);
  const pgHost = pg.hostname || "127.0.0.1";
  const pgPort = Number(pg.port || 5432);
  const redisHost = redis.hostname || "127.0.0.1";
  const redisPort = Number(redis.port || 6379);
  if (!(await canConnect(pgHost, pgPort)) && existsSync("/etc/postgresql")) {
    log("starting PostgreSQL");
    for (const version of readdirSync("/etc/postgresql")) {
      tryShell(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`);
    }
  }
  if (!(await canConnect(redisHost, redisPort)) && spawnSync("which", ["redis-server"]).status === 0) {
    log("starting Redis");
    tryShell(`redis-server --daemonize yes --bind 127.0.0.1 --port ${redisPort} --save "" --appendonly no`);
  }
  for (const [name, host, port] of [
    ["PostgreSQL", pgHost, pgPort],
    ["Redis", redisHost, redisPort],
  ]) {
    let ok = false;
    for (let i = 0; i < 20 && !ok; i++) {
      ok = await canConnect(host, port);
      if (!ok) await new Promise((r) => setTimeout(r, 500));
    }
    if (!ok) {
      throw new Error(
        `${name} is not reachable at ${host}:${port}. Start it (or: docker compose up -d postgres redis).`,
      );
    }
  }
}

/** Debian's chromium for Playwright (Playwright's own browser download is unreachable offline). */
export function ensureChromium() {
  const chromium = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) return chromium;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || spawnSync("which", ["apt-get"]).status !== 0) {
    throw new Error(`${chromium} is missing: install Debian's chromium (apt-get install -y chromium)`);
  }
  log("installing chromium (apt-get)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("apt-get", ["update", "-qq"], { env });
  if (run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { env }) !== 0) {
    throw new Error("apt-get install chromium failed");
  }
  return chromium;
}
