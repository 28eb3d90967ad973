/**
 * Findings list latency alone: `npx tsx bench/findings-api.ts [--rows 200000] [--iterations 30]
 * [--with-proposed-indexes]` (the last creates the indexes proposed for prisma/schema.prisma in
 * the throwaway database, to show what they buy).
 */
import { parseArgs } from "node:util";
import { benchFindingsApi } from "./lib/findings-api";
import { loadAverage } from "./lib/run-scan";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "200000" },
    iterations: { type: "string", default: "30" },
    "with-proposed-indexes": { type: "boolean", default: false },
  },
});
const r = await benchFindingsApi({
  rows: Number(values.rows),
  iterations: Number(values.iterations),
  withProposedIndexes: values["with-proposed-indexes"],
});
console.log(
  `findings API over ${r.rows} rows${values["with-proposed-indexes"] ? " (with proposed indexes)" : ""}: ` +
    `${r.calls} pages, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms; load ${await loadAverage()}`,
);
for (const c of r.byCase)
  console.log(
    `  ${c.name.padEnd(24)} p50 ${c.p50.toFixed(1).padStart(6)} ms, p95 ${c.p95.toFixed(1).padStart(6)} ms`,
  );
process.exit(0);
