/**
 * Findings reconciliation alone: `npx tsx bench/reconcile.ts [--accounts 1000]` evaluates the rule
 * catalogue over the generated organization (as bench/persistence.ts generates it), then
 * reconciles those findings into a throwaway database — a first scan, a rescan of the same
 * findings, and a rescan where about 5% changed — and prints rows (findings) per second of each.
 */
import { parseArgs } from "node:util";
import { benchScenario } from "./lib/bench-org";
import { benchReconcile, findingsOf, type ReconcilePass } from "./lib/reconcile";

const { values } = parseArgs({ options: { accounts: { type: "string", default: "1000" } } });
const scenario = benchScenario(Number(values.accounts));
const findings = findingsOf(scenario, new Date("2026-03-01T00:00:00.000Z"));
const r = await benchReconcile(findings);
const line = (name: string, p: ReconcilePass) =>
  `${name} ${Math.round(p.rowsPerSecond)} rows/s (${p.rows} findings, ${(p.ms / 1000).toFixed(2)} s; ` +
  `new ${p.result.newCount}, open ${p.result.openCount}, suppressed ${p.result.suppressedCount}, resolved ${p.result.resolvedCount})`;
console.log(`reconcile: ${values.accounts} accounts, ${r.findings} findings`);
console.log(line("  first scan", r.first));
console.log(line("  rescan    ", r.rescan));
console.log(line("  5% changed", r.changed));
process.exit(0);
