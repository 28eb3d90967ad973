import { demoScenario } from "@trustwatch/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resumeOrphanedScans } from "../src/scans/resume";
import { createHarness, type Harness } from "./harness";

describe("a scan whose queue was lost (Redis restarted without persistence)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(demoScenario, { latencyMs: 60 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("is resumed from PostgreSQL: only unfinished accounts are collected again and the scan completes", async () => {
    const worker = h.startWorker();
    const scanId = await h.startScan();
    for (let i = 0; i < 400; i++) {
      const done = await h.db.scanAccountResult.count({ where: { scanId, status: "succeeded" } });
      if (done >= 1) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await worker.close();
    // Everything Redis knew about the scan is gone.
    await h.queues.scan.obliterate({ force: true });
    const before = await h.db.scanAccountResult.findMany({ where: { scanId } });
    const finishedBefore = before
      .filter((r) => r.status === "succeeded")
      .map((r) => [r.awsAccountId, r.finishedAt?.getTime()]);
    expect(finishedBefore.length).toBeGreaterThan(0);
    expect(await h.db.scan.findUniqueOrThrow({ where: { id: scanId } })).toMatchObject({ status: "running" });

    expect(await resumeOrphanedScans(h.deps)).toBe(1);
    // A second pass (another worker) finds the jobs and adds nothing.
    expect(await resumeOrphanedScans(h.deps)).toBe(0);
    h.startWorker();
    const done = await h.waitForScan(scanId, 60_000);
    expect(done.status).toBe("succeeded");
    expect(done.accountResults.every((r) => r.status === "succeeded")).toBe(true);
    // Accounts that had finished were not collected again.
    for (const [awsAccountId, finishedAt] of finishedBefore) {
      expect(done.accountResults.find((r) => r.awsAccountId === awsAccountId)?.finishedAt?.getTime()).toBe(
        finishedAt,
      );
    }
  }, 90_000);
});
