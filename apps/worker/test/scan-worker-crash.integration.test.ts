import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { demoScenario } from "@trustwatch/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness";

const workerDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function spawnWorker(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: workerDir,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

describe("a worker killed mid-scan", () => {
  let h: Harness;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    // Slow AWS so the scan is still collecting when the worker dies.
    h = await createHarness(demoScenario, { latencyMs: 120 });
  });
  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await h?.close();
  });

  it("loses nothing: a restarted worker finishes the scan, with no duplicated finding", async () => {
    const first = spawnWorker(h.workerEnv());
    children.push(first);
    const scanId = await h.startScan();
    // Wait until accounts are being collected, then kill -9 (no graceful shutdown).
    for (let i = 0; i < 300; i++) {
      const running = await h.db.scanAccountResult.count({ where: { scanId, status: "running" } });
      if (running > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    first.kill("SIGKILL");
    await new Promise((r) => first.once("exit", r));
    const midway = await h.db.scan.findUniqueOrThrow({ where: { id: scanId } });
    expect(midway.status).toBe("running");

    // The jobs the dead worker held are stalled; a new worker takes them over after the lock expires.
    children.push(spawnWorker(h.workerEnv()));
    const done = await h.waitForScan(scanId, 90_000);
    expect(done.status).toBe("succeeded");
    expect(done.accountResults.every((r) => r.status === "succeeded")).toBe(true);

    // Same result as an uninterrupted scan: every finding once (fingerprints are unique per org).
    const findings = await h.db.finding.findMany({
      where: { organizationId: h.organizationId },
      select: { fingerprint: true },
    });
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
    expect(findings.length).toBe((done.summary as { openCount: number }).openCount);
    expect(findings.length).toBeGreaterThan(50);
  }, 120_000);
});
