import { demoScenario } from "@trustwatch/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness";

describe("scan of the demo organization (sandbox + PostgreSQL + Redis)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(demoScenario);
    h.startWorker();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("collects the inventory and opens findings", async () => {
    const scan = await h.runScan();
    console.log(JSON.stringify({ status: scan.status, summary: scan.summary, results: scan.accountResults.map((r) => [r.awsAccount.name, r.status, r.error, r.warnings]) }, null, 1));
    const findings = await h.db.finding.findMany({ where: { organizationId: h.organizationId } });
    const byRule = new Map<string, number>();
    for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    console.log([...byRule.entries()].sort());
    expect(scan.status).toBe("succeeded");
  });
});
