import { type Db, type FindingFilter, type FindingSort, listFindings, seedDemo } from "@trustwatch/db";
import { createTestDatabase } from "@trustwatch/db/testing";

const RULES = [
  "trust.no-sub",
  "trust.wildcard-sub",
  "trust.no-aud",
  "provider.thumbprint-drift",
  "provider.missing",
  "role.unused",
  "role.long-session",
  "podidentity.unconditioned-trust",
  "issuer.key-rotation-stale",
  "trust.no-condition",
];

export type FindingsBench = {
  rows: number;
  calls: number;
  p50: number;
  p95: number;
  max: number;
  byCase: { name: string; p50: number; p95: number }[];
};

/**
 * `n` findings for one organization in one INSERT … SELECT generate_series: 70% open, 25%
 * resolved, 5% suppressed; severities skewed to low; 1,000 accounts, 10 rules.
 */
export async function insertFindings(db: Db, organizationId: string, n: number, tag: string) {
  await db.$executeRawUnsafe(
    `INSERT INTO finding ("id","organizationId","ruleId","severity","fingerprint","status","resourceType",
       "resourceArn","accountId","title","evidence","firstSeenAt","lastSeenAt")
     SELECT 'bf${tag}' || lpad(g::text, 8, '0'), $1,
       ($2::text[])[1 + g % 10],
       (ARRAY['critical','high','medium','medium','low','low','low','info','info','info'])[1 + (g / 7) % 10]::"Severity",
       md5('${tag}' || g::text),
       (CASE WHEN g % 20 = 0 THEN 'suppressed' WHEN g % 4 = 1 THEN 'resolved' ELSE 'open' END)::"FindingStatus",
       'role',
       'arn:aws:iam::' || (500000000000 + g % 1000)::text || ':role/workload-' || g::text,
       (500000000000 + g % 1000)::text,
       'Role workload-' || g::text || ' trust is too wide',
       jsonb_build_object('clusterArn', 'arn:aws:eks:us-east-1:' || (500000000000 + g % 1000)::text || ':cluster/c' || (g % 3)::text),
       now() - (g % 90) * interval '1 day', now()
     FROM generate_series(1, $3::int) g`,
    organizationId,
    RULES,
    n,
  );
  // What autovacuum does to a table in production soon after a bulk load (statistics and the
  // visibility map that lets index-only scans skip the heap); some servers here run without it.
  await db.$executeRawUnsafe("VACUUM ANALYZE finding");
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/**
 * What-if indexes for the findings list, created in the throwaway database with
 * `--with-proposed-indexes` to show what they would buy before they go into a migration.
 * Empty: the date indexes went into 20261129100000_finding_date_indexes and the search
 * index (trigrams, organization first) into 20261129200000_finding_search_and_role_rank_indexes.
 */
export const PROPOSED_FINDING_INDEXES: string[] = [];

/**
 * listFindings (what the tRPC `findings.list` procedure calls) over `rows` findings of one
 * organization: several filter combinations, the first `pages` pages of each by cursor.
 */
export async function benchFindingsApi(options: {
  rows: number;
  iterations: number;
  pages?: number;
  /** Create PROPOSED_FINDING_INDEXES in the throwaway database first (what-if). */
  withProposedIndexes?: boolean;
}): Promise<FindingsBench> {
  const pages = options.pages ?? 3;
  const testDb = await createTestDatabase();
  const db = testDb.db;
  try {
    const { organizationId, otherOrganizationId } = await seedDemo(db, {
      hashPassword: async (p) => `bench:${p}`,
    });
    await insertFindings(db, organizationId, options.rows, "a");
    // A few rows in the other tenant, so the organization filter is exercised.
    await insertFindings(db, otherOrganizationId, Math.round(options.rows / 20), "b");
    if (options.withProposedIndexes) {
      for (const sql of PROPOSED_FINDING_INDEXES) await db.$executeRawUnsafe(sql);
      await db.$executeRawUnsafe("ANALYZE finding");
    }

    const cases: { name: string; filter: FindingFilter; sort?: FindingSort }[] = [
      { name: "open by severity", filter: { status: ["open"] } },
      { name: "open critical+high", filter: { status: ["open"], severity: ["critical", "high"] } },
      { name: "open, one rule", filter: { status: ["open"], ruleId: ["trust.wildcard-sub"] } },
      { name: "open, one account", filter: { status: ["open"], accountId: ["500000000042"] } },
      { name: "all, newest first", filter: {}, sort: "newest" },
      { name: "resolved, oldest", filter: { status: ["resolved"] }, sort: "oldest" },
      { name: "open, search", filter: { status: ["open"], search: "workload-99" } },
      // Every title matches: the sort-order walk must stay the plan (no sort of all matches).
      { name: "open, broad search", filter: { status: ["open"], search: "TOO WIDE" } },
      // One account's ARNs (0.1%), newest first: the trigram plan with the other sort.
      { name: "search ARN, newest", filter: { search: ":500000000042:" }, sort: "newest" },
    ];
    const all: number[] = [];
    const byCase = new Map<string, number[]>();
    for (let i = 0; i < options.iterations; i++) {
      for (const c of cases) {
        let cursor: string | null = null;
        for (let p = 0; p < pages; p++) {
          const t = performance.now();
          const page: { nextCursor: string | null } = await listFindings(db, organizationId, {
            filter: c.filter,
            sort: c.sort,
            cursor,
            limit: 50,
          });
          const ms = performance.now() - t;
          // The first iteration warms Prisma's query plans and the buffer cache: not counted.
          if (i > 0) {
            all.push(ms);
            byCase.set(c.name, [...(byCase.get(c.name) ?? []), ms]);
          }
          cursor = page.nextCursor;
          if (!cursor) break;
        }
      }
    }
    all.sort((a, b) => a - b);
    return {
      rows: options.rows,
      calls: all.length,
      p50: percentile(all, 0.5),
      p95: percentile(all, 0.95),
      max: all[all.length - 1] ?? 0,
      byCase: [...byCase].map(([name, v]) => {
        const sorted = v.sort((a, b) => a - b);
        return { name, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
      }),
    };
  } finally {
    await testDb.drop();
  }
}
