import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The worker's per-account debug line (apps/worker/src/processors/scan/scan-account.ts). */
export type AccountTiming = {
  apiCalls: number;
  rows: number;
  collectMs: number;
  /** The account's issuer probes, side by side with its persistence (both from collection's end). */
  probeMs: number;
  persistMs: number;
  totalMs: number;
};

export type WorkerProcesses = {
  pids: number[];
  accounts: AccountTiming[];
  /** Peak resident set (VmHWM) of each worker so far, in MB: the kernel keeps the high-water mark. */
  peakRssMb(): number[];
  cpuSeconds(): number[];
  stop(): Promise<void>;
};

/** CPU seconds (user + system) a process has used: unlike wall time, barely moved by other load. */
export function cpuSeconds(pid: number): number {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised command name): utime, stime in ticks.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function vmHwmMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m?.[1] ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

const WORKER_DIR = path.join(REPO_ROOT, "apps/worker");
let isWorkerBuilt = false;

/** Bundles the worker (apps/worker/build.mjs) once per bench run, from the sources as they are now. */
function buildWorkerOnce(): void {
  if (isWorkerBuilt) return;
  // stdout ignored: the bench reports on it; build errors come on stderr.
  const build = spawnSync(process.execPath, ["build.mjs"], {
    cwd: WORKER_DIR,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) throw new Error(`worker build failed (${build.status ?? build.signal})`);
  isWorkerBuilt = true;
}

/**
 * `n` real worker processes running the built bundle (`node dist/main.js`), as in production.
 * `nodeArgs` go before the script, e.g. `--cpu-prof`; add `--enable-source-maps` to read its
 * stack traces against the sources.
 */
export async function startWorkers(
  n: number,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<WorkerProcesses> {
  buildWorkerOnce();
  const children = Array.from({ length: n }, () =>
    spawn(process.execPath, [...nodeArgs, "dist/main.js"], {
      cwd: WORKER_DIR,
      // debug: the per-account timing lines go to stdout, warnings and errors to stderr.
      env: { ...process.env, LOG_LEVEL: "debug", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  const accounts: AccountTiming[] = [];
  for (const c of children) {
    // Slow-probe warnings are expected on a loaded machine; anything else is shown.
    createInterface({ input: c.stderr }).on("line", (line) => {
      if (!line.includes("slow issuer probe")) process.stderr.write(`${line}\n`);
    });
    createInterface({ input: c.stdout }).on("line", (line) => {
      if (line.includes('"scan phase"')) {
        const { phase, ms, rssMb, heapUsedMb, heapTotalMb } = JSON.parse(line) as {
          phase: string;
          ms: number;
          rssMb: number;
          heapUsedMb: number;
          heapTotalMb: number;
        };
        console.log(
          `#   worker ${c.pid}: ${phase.replace(/Ms$/, "")} ${ms} ms, RSS then ${rssMb} MB (V8 heap ${heapUsedMb} used of ${heapTotalMb})`,
        );
      }
      if (!line.includes('"account scanned"')) return;
      accounts.push(JSON.parse(line) as AccountTiming);
    });
  }
  // Give each worker time to load and connect before the scan starts, so wall time is the scan's.
  await new Promise((r) => setTimeout(r, 4_000));
  for (const c of children)
    if (c.exitCode !== null) throw new Error(`worker ${c.pid} exited with ${c.exitCode}`);
  return {
    pids: children.map((c) => c.pid ?? 0),
    accounts,
    peakRssMb: () => children.map((c) => vmHwmMb(c.pid ?? 0)),
    cpuSeconds: () => children.map((c) => cpuSeconds(c.pid ?? 0)),
    stop: async () => {
      await Promise.all(
        children.map(
          (c) =>
            new Promise<void>((resolve) => {
              if (c.exitCode !== null) return resolve();
              c.once("exit", () => resolve());
              c.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}
