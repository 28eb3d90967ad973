/**
 * The worker's persistence alone (no AWS): `npx tsx bench/persistence.ts [--accounts 1000]`
 * writes every account snapshot of the generated organization and its finishAccount, 16 accounts
 * at a time, then rescans it, and prints rows per second (bench/README.md says what a row is).
 * scan-org.ts reports the same figure.
 */
import { parseArgs } from "node:util";
import { benchScenario } from "./lib/bench-org";
import { benchPersistence } from "./lib/persistence";

const { values } = parseArgs({
  options: { accounts: { type: "string", default: "1000" }, concurrency: { type: "string", default: "16" } },
});
const scenario = benchScenario(Number(values.accounts));
const r = await benchPersistence(scenario, Number(values.concurrency));
console.log(
  `persistence: ${r.accounts} accounts, ${r.rows} rows, ${r.concurrency} at a time: ` +
    `first scan ${Math.round(r.firstScan.rowsPerSecond)} rows/s (${(r.firstScan.ms / 1000).toFixed(2)} s), ` +
    `rescan ${Math.round(r.rescan.rowsPerSecond)} rows/s (${(r.rescan.ms / 1000).toFixed(2)} s)`,
);
process.exit(0);
