import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "../generated/prisma/client";
import type { Severity } from "../generated/prisma/enums";
import { seedDemo } from "../seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "../testing";
import { type FindingFilter, type FindingSort, findingWhere, listFindings } from "./findings-read";

const SEVERITIES: Severity[] = ["critical", "high", "medium", "low", "info"];
const STATUSES = ["open", "open", "resolved", "suppressed"] as const;
const RULES = ["trust.wildcard-sub", "trust.no-aud", "role.unused", "provider.orphaned"];
const ACCOUNTS = ["111111111111", "222222222222", "333333333333"];
const CLUSTER = "arn:aws:eks:us-east-1:111111111111:cluster/prod";
type Page = Awaited<ReturnType<typeof listFindings>>;

/**
 * What listFindings returned when it was a Prisma findMany (kept as the specification of its
 * results: same rows, same order, same cursors).
 */
async function prismaPage(
  db: TestDatabase["db"],
  organizationId: string,
  filter: FindingFilter,
  sort: FindingSort,
  cursor: string | null,
  limit: number,
) {
  const orderBy: Prisma.FindingOrderByWithRelationInput[] =
    sort === "severity"
      ? [{ severity: "asc" }, { id: "asc" }]
      : sort === "newest"
        ? [{ firstSeenAt: "desc" }, { id: "desc" }]
        : [{ firstSeenAt: "asc" }, { id: "asc" }];
  const rows = await db.finding.findMany({
    where: findingWhere(organizationId, filter),
    orderBy,
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, limit);
  return { items: page, nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null };
}

describe("listFindings (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let demoId: string;
  let otherId: string;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    const seeded = await seedDemo(testDb.db, { hashPassword: async (p) => `test-hash:${p}` });
    demoId = seeded.organizationId;
    otherId = seeded.otherOrganizationId;
    // 1,500 rows: more than the search's walk window, so narrow searches take the trigram path
    // with a cursor. Timestamps repeat (ties broken by id); a few titles carry % and _, and the
    // rare "needle" sits late in every sort order.
    const rows = Array.from({ length: 1_500 }, (_, i) => {
      const account = ACCOUNTS[i % 3] ?? "111111111111";
      const name = i % 97 === 0 ? `Needle-${i}` : `workload-${i}`;
      return {
        organizationId: demoId,
        ruleId: RULES[i % RULES.length] ?? "role.unused",
        severity: SEVERITIES[Math.floor(i / 11) % 5] ?? "info",
        fingerprint: `fp-${i}`,
        status: STATUSES[i % STATUSES.length] ?? "open",
        resourceType: "role",
        resourceArn: `arn:aws:iam::${account}:role/${name}`,
        accountId: account,
        title: i % 50 === 0 ? `Role ${name} grants 100% of pods (a_b)` : `Role ${name} trust is too wide`,
        evidence: i % 5 === 0 ? { clusterArn: CLUSTER } : {},
        firstSeenAt: new Date(Date.UTC(2025, 0, 1 + (i % 40))),
        lastSeenAt: new Date(Date.UTC(2025, 2, 1)),
      };
    });
    await testDb.db.finding.createMany({ data: rows });
    // The other tenant matches the same searches and must never show.
    await testDb.db.finding.createMany({
      data: rows.slice(0, 200).map((r, i) => ({ ...r, organizationId: otherId, fingerprint: `other-${i}` })),
    });
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  const filters: FindingFilter[] = [
    {},
    { status: ["open"] },
    { status: ["open", "suppressed"] },
    { severity: ["critical", "high"] },
    { status: ["open"], ruleId: ["trust.no-aud"] },
    { accountId: ["222222222222", "333333333333"] },
    { resourceArn: "arn:aws:iam::111111111111:role/workload-3" },
    { clusterArn: CLUSTER },
    { search: "WORKLOAD" },
    { search: "needle" },
    { status: ["open"], search: "needle-9" },
    { search: "100%" },
    { search: "a_b" },
    { search: "trust.no" },
    { search: "no such text" },
  ];

  it("returns what Prisma's findMany returned, page after page, for every filter and sort", async () => {
    for (const filter of filters) {
      for (const sort of ["severity", "newest", "oldest"] as const) {
        for (const limit of [7, 50]) {
          let cursor: string | null = null;
          let pages = 0;
          do {
            const actual: Page = await listFindings(testDb.db, demoId, { filter, sort, cursor, limit });
            const expected = await prismaPage(testDb.db, demoId, filter, sort, cursor, limit);
            expect(actual, JSON.stringify({ filter, sort, limit, cursor })).toEqual(expected);
            cursor = actual.nextCursor;
            pages += 1;
          } while (cursor && pages < 12);
        }
      }
    }
  });

  it("keeps tenants apart, and an unknown or foreign cursor yields an empty page", async () => {
    const mine = await listFindings(testDb.db, demoId, { filter: { search: "needle" }, limit: 500 });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((f) => f.organizationId === demoId)).toBe(true);
    const foreign = (await listFindings(testDb.db, otherId, { limit: 1 })).items[0]?.id ?? null;
    expect(foreign).not.toBeNull();
    for (const cursor of ["no-such-id", foreign]) {
      expect(await listFindings(testDb.db, demoId, { cursor })).toEqual({ items: [], nextCursor: null });
    }
  });
});
