import { listFindings, seedDemo } from "@trustwatch/db";
import { createTestDatabase } from "@trustwatch/db/testing";
import { insertFindings } from "./lib/findings-api";
const t = await createTestDatabase();
try {
  const { organizationId } = await seedDemo(t.db, { hashPassword: async (p) => p });
  await insertFindings(t.db, organizationId, 200_000, "a");
  const cases: [string, any][] = [
    ["open sev", { filter: { status: ["open"] } }],
    ["open crit+high", { filter: { status: ["open"], severity: ["critical", "high"] } }],
    ["rule", { filter: { status: ["open"], ruleId: ["trust.wildcard-sub"] } }],
    ["account", { filter: { status: ["open"], accountId: ["500000000042"] } }],
    ["all newest", { filter: {}, sort: "newest" }],
    ["resolved oldest", { filter: { status: ["resolved"] }, sort: "oldest" }],
    ["search", { filter: { status: ["open"], search: "workload-99" } }],
  ];
  for (const [name, o] of cases) {
    const ms: number[] = [];
    for (let i = 0; i < 4; i++) {
      let cursor: string | null = null;
      for (let p = 0; p < 3; p++) {
        const s = performance.now();
        const r: any = await listFindings(t.db, organizationId, { ...o, cursor, limit: 50 });
        ms.push(Math.round(performance.now() - s));
        cursor = r.nextCursor;
      }
    }
    console.log(name.padEnd(18), ms.join(" "));
  }
} finally { await t.drop(); }
process.exit(0);
