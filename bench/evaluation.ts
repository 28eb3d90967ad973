/**
 * The scan's evaluation phase alone, as the worker runs it (apps/worker/src/processors/scan/
 * scan-evaluate.ts): `npx tsx bench/evaluation.ts [--accounts 1000]` writes the generated
 * organization's snapshots into a throwaway database, then times loading the org-wide inventory
 * (reload) and running the rule catalogue over it (evaluation), with the heap and RSS each adds.
 * Run it with `node --expose-gc --import tsx` for heap figures after a full GC.
 */
import { parseArgs } from "node:util";
import { evaluate } from "@trustwatch/core";
import {
  createDb,
  listActiveExceptions,
  loadOrgInventory,
  loadPreviousInventory,
  persistAccountSnapshot,
} from "@trustwatch/db";
import { createTestDatabase } from "@trustwatch/db/testing";
import { benchScenario, seedBenchOrganization } from "./lib/bench-org";
import { snapshotOf } from "./lib/persistence";

const { values } = parseArgs({
  options: { accounts: { type: "string", default: "1000" }, repeat: { type: "string", default: "2" } },
});
const scenario = benchScenario(Number(values.accounts));
const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const memory = () => {
  const raw = process.memoryUsage();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: raw.rss, heapTotal: raw.heapTotal };
};

const test = await createTestDatabase();
const db = createDb(test.url, { maxConnections: 20 });
try {
  const { organizationId, accountIds: ids } = await seedBenchOrganization(db, scenario, "evaluation-bench");
  let next = 0;
  const lane = async () => {
    while (next < scenario.accounts.length) {
      const a = scenario.accounts[next++];
      if (!a) break;
      await persistAccountSnapshot(db, {
        organizationId,
        awsAccountId: ids.get(a.id) ?? "",
        scanId: "bench-scan",
        seenAt: new Date(),
        ...snapshotOf(a),
      });
    }
  };
  await Promise.all(Array.from({ length: 16 }, lane));
  await db.$executeRawUnsafe("VACUUM ANALYZE");

  for (let i = 0; i < Number(values.repeat); i++) {
    const before = memory();
    let started = performance.now();
    const inventory = await loadOrgInventory(db, organizationId);
    const previous = await loadPreviousInventory(db, organizationId, "bench-scan", inventory);
    const exceptions = await listActiveExceptions(db, organizationId);
    const reloadMs = performance.now() - started;
    const loaded = memory();
    started = performance.now();
    const findings = evaluate(inventory, { now: new Date(), previous, exceptions });
    const evaluationMs = performance.now() - started;
    const peakRss = process.memoryUsage().rss;
    const evaluated = memory();
    console.log(
      `run ${i + 1}: ${inventory.roles.length} roles → ${findings.length} findings; ` +
        `reload ${Math.round(reloadMs)} ms (+${mb(loaded.heap - before.heap)} heap), ` +
        `evaluation ${Math.round(evaluationMs)} ms (+${mb(evaluated.heap - loaded.heap)} heap for findings); ` +
        `RSS ${mb(before.rss)} → ${mb(loaded.rss)} loaded → ${mb(peakRss)} evaluated; heap total ${mb(loaded.heapTotal)} → ${mb(evaluated.heapTotal)}`,
    );
  }
} finally {
  await db.$disconnect();
  await test.drop();
}
process.exit(0);
