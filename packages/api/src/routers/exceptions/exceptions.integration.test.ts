import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { appRouter } from "../../root";
import { type Seeded, seedForApi } from "../../test-helpers";
import { ACCOUNT, codeOf, roleArn, seedOrgWorld } from "../findings/test-fixtures";

const NOW = new Date("2025-03-01T12:00:00Z");
const DAY = 86_400_000;

describe("exceptions procedures (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  let world: Awaited<ReturnType<typeof seedOrgWorld>>;
  const callerAs = async (email: string) =>
    appRouter.createCaller(
      createContext({ db: testDb.db, session: await seeded.session(email), now: () => NOW }),
    );
  const input = () => ({
    ruleId: "trust.wildcard-sub",
    resourcePattern: `arn:aws:iam::${ACCOUNT}:role/irsa-*`,
    owner: "platform-team",
    reason: "Migration to exact subjects tracked in PLAT-123",
    expiresAt: new Date(NOW.getTime() + 30 * DAY),
  });

  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
    world = await seedOrgWorld(testDb.db, seeded.demoId);
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("forbids a viewer to create or revoke exceptions, but lets them list", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    expect(await codeOf(viewer.exceptions.create(input()))).toBe("FORBIDDEN");
    const row = await testDb.db.findingException.create({
      data: { organizationId: seeded.demoId, ...input(), createdById: "x" },
    });
    expect(await codeOf(viewer.exceptions.revoke({ id: row.id }))).toBe("FORBIDDEN");
    expect((await viewer.exceptions.list()).items.map((e) => e.id)).toContain(row.id);
    await testDb.db.findingException.delete({ where: { id: row.id } });
  });

  it("refuses an expiry in the past, now, or more than a year ahead, and an unknown rule", async () => {
    const analyst = await callerAs("analyst@demo.trustwatch.dev");
    expect(
      await codeOf(analyst.exceptions.create({ ...input(), expiresAt: new Date(NOW.getTime() - DAY) })),
    ).toBe("BAD_REQUEST");
    expect(await codeOf(analyst.exceptions.create({ ...input(), expiresAt: NOW }))).toBe("BAD_REQUEST");
    expect(
      await codeOf(analyst.exceptions.create({ ...input(), expiresAt: new Date(NOW.getTime() + 400 * DAY) })),
    ).toBe("BAD_REQUEST");
    expect(await codeOf(analyst.exceptions.create({ ...input(), ruleId: "trust.nope" }))).toBe("BAD_REQUEST");
    expect(await codeOf(analyst.exceptions.create({ ...input(), resourcePattern: "not an arn" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await testDb.db.findingException.count()).toBe(0);
  });

  it("suppresses matching open findings at once, and revoking re-opens them, with audit entries", async () => {
    const analyst = await callerAs("analyst@demo.trustwatch.dev");
    const created = await analyst.exceptions.create(input());
    expect(created.suppressedCount).toBe(1);
    const finding = await analyst.findings.get({ id: world.findings.wildcardSub.id });
    expect(finding.status).toBe("suppressed");
    expect(finding.exception).toMatchObject({ id: created.exception.id, owner: "platform-team" });
    // other rules on the same role are untouched
    expect((await analyst.findings.get({ id: world.findings.drift.id })).status).toBe("open");
    expect((await analyst.overview.getSummary()).open.critical).toBe(0);
    expect((await analyst.exceptions.list({ state: "active" })).items).toEqual([
      expect.objectContaining({ id: created.exception.id, suppressedCount: 1 }),
    ]);

    const revoked = await analyst.exceptions.revoke({ id: created.exception.id });
    expect(revoked.reopenedCount).toBe(1);
    expect(revoked.exception.revokedAt).toEqual(NOW);
    const reopened = await analyst.findings.get({ id: world.findings.wildcardSub.id });
    expect(reopened.status).toBe("open");
    expect(reopened.exception).toBeNull();
    expect((await analyst.exceptions.list({ state: "inactive" })).items.map((e) => e.id)).toEqual([
      created.exception.id,
    ]);
    // revoking twice changes nothing and writes no second entry
    expect((await analyst.exceptions.revoke({ id: created.exception.id })).reopenedCount).toBe(0);

    const log = await testDb.db.auditLog.findMany({
      where: { organizationId: seeded.demoId, targetId: created.exception.id },
      orderBy: { createdAt: "asc" },
    });
    expect(log.map((l) => l.action)).toEqual(["exception.create", "exception.revoke"]);
    expect(log[0]?.after).toMatchObject({ ruleId: "trust.wildcard-sub", owner: "platform-team" });
  });

  it("does not let another organization's member list, revoke, or suppress the first one's data", async () => {
    const analyst = await callerAs("analyst@demo.trustwatch.dev");
    const created = await analyst.exceptions.create({
      ...input(),
      resourcePattern: roleArn("irsa-any-service-account"),
    });
    const other = await callerAs("admin@other.trustwatch.dev");
    expect((await other.exceptions.list()).items).toEqual([]);
    expect(await codeOf(other.exceptions.revoke({ id: created.exception.id }))).toBe("NOT_FOUND");
    // An exception in org B with a pattern covering everything touches none of org A's findings.
    const mine = await other.exceptions.create({
      ...input(),
      ruleId: "drift.trust-changed",
      resourcePattern: "arn:*",
    });
    expect(mine.suppressedCount).toBe(0);
    expect((await analyst.findings.get({ id: world.findings.drift.id })).status).toBe("open");
    expect((await analyst.findings.get({ id: world.findings.wildcardSub.id })).status).toBe("suppressed");
    await analyst.exceptions.revoke({ id: created.exception.id });
  });
});
