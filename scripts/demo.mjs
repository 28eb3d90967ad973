// `npm run demo`: the whole product on this machine — web, worker and the local AWS sandbox
// with a seeded demo organization. Installs and migrates what is missing first.
import { spawn } from "node:child_process";
import { ensureNodeModules, ensurePrismaClient, ensureServices, root } from "./bootstrap.mjs";

const databaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/trustwatch";
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

ensureNodeModules();
await ensureServices(databaseUrl, redisUrl);
ensurePrismaClient(databaseUrl);

// node itself, not `npx tsx`: npx does not pass SIGTERM on, and demo.ts must get it to stop the rest.
const child = spawn(process.execPath, ["--import", "tsx", "scripts/demo.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
