import type { Finding } from "@trustwatch/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { reconcileFindings } from "./findings-reconcile";

const finding = (n: number, suppressedBy?: string): Finding => ({
  ruleId: "trust.no-sub",
  severity: "high",
  fingerprint: `fp-${n}`,
  resourceType: "role",
  resourceArn: `arn:aws:iam::111111111111:role/r${n}`,
  accountId: "111111111111",
  title: `Role r${n} trusts any subject`,
  evidence: { n },
  ...(suppressedBy ? { suppressedBy } : {}),
});
const T = (h: number) => new Date(Date.UTC(2026, 2, 1, h));

describe("reconcileFindings (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let orgId: string;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    orgId = (await testDb.db.organization.create({ data: { name: "R", slug: "r", externalId: "r-ext" } })).id;
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("counts new, open, suppressed and resolved findings, and a retried scan counts the same", async () => {
    const first = [finding(1), finding(2), finding(3, "ex-1")];
    expect(await reconcileFindings(testDb.db, orgId, "scan-1", first, T(1))).toEqual({
      newCount: 3,
      openCount: 2,
      suppressedCount: 1,
      resolvedCount: 0,
    });
    const second = [finding(2), finding(3, "ex-1"), finding(4)];
    const expected = { newCount: 1, openCount: 2, suppressedCount: 1, resolvedCount: 1 };
    expect(await reconcileFindings(testDb.db, orgId, "scan-2", second, T(2))).toEqual(expected);
    expect(await reconcileFindings(testDb.db, orgId, "scan-2", second, T(2))).toEqual({
      ...expected,
      resolvedCount: 0,
    });
    const rows = await testDb.db.finding.findMany({ orderBy: { fingerprint: "asc" } });
    expect(rows.map((r) => [r.fingerprint, r.status, r.firstScanId, r.lastScanId])).toEqual([
      ["fp-1", "resolved", "scan-1", "scan-1"],
      ["fp-2", "open", "scan-1", "scan-2"],
      ["fp-3", "suppressed", "scan-1", "scan-2"],
      ["fp-4", "open", "scan-2", "scan-2"],
    ]);
  });
});
