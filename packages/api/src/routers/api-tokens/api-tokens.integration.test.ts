import { authenticateApiToken } from "@trustwatch/db";
import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { appRouter } from "../../root";
import { type Seeded, seedForApi } from "../../test-helpers";

describe("apiTokens (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("returns the secret once, lists without it, audits without it, and revokes", async () => {
    const session = await seeded.session("admin@demo.trustwatch.dev");
    const admin = appRouter.createCaller(createContext({ db: testDb.db, session }));
    const { token, apiToken } = await admin.apiTokens.create({ name: "  CI pipeline ", scope: "scan" });
    expect(token).toMatch(/^tw_[0-9a-f]{8}_[0-9a-f]{48}$/);
    expect(token.startsWith(`tw_${apiToken.prefix}_`)).toBe(true);
    expect(apiToken).toMatchObject({ name: "CI pipeline", scope: "scan", revokedAt: null, expiresAt: null });

    const listed = await admin.apiTokens.list();
    expect(listed).toHaveLength(1);
    expect(Object.keys(listed[0] ?? {})).not.toContain("tokenHash");
    expect(JSON.stringify(listed)).not.toContain(token.slice(12));

    const row = await testDb.db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    const audit = await testDb.db.auditLog.findMany({ where: { organizationId: seeded.demoId } });
    expect(audit.map((a) => a.action)).toEqual(["api-token.create"]);
    expect(JSON.stringify(audit)).not.toContain(token.slice(12));
    expect(JSON.stringify(audit)).not.toContain(row.tokenHash);

    expect((await authenticateApiToken(testDb.db, token, new Date())).ok).toBe(true);
    const revoked = await admin.apiTokens.revoke({ tokenId: apiToken.id });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await authenticateApiToken(testDb.db, token, new Date())).toEqual({
      ok: false,
      reason: "revoked",
    });
    expect(await testDb.db.auditLog.count({ where: { action: "api-token.revoke" } })).toBe(1);
  });

  it("refuses an expiry in the past and honours one in the future", async () => {
    const session = await seeded.session("admin@demo.trustwatch.dev");
    const admin = appRouter.createCaller(createContext({ db: testDb.db, session }));
    await expect(
      admin.apiTokens.create({ name: "old", scope: "read", expiresAt: new Date(Date.now() - 1000) }),
    ).rejects.toThrow(/future/);
    const expiresAt = new Date(Date.now() + 60_000);
    const { token } = await admin.apiTokens.create({ name: "short", scope: "read", expiresAt });
    expect((await authenticateApiToken(testDb.db, token, new Date())).ok).toBe(true);
    expect(await authenticateApiToken(testDb.db, token, new Date(expiresAt.getTime() + 1))).toEqual({
      ok: false,
      reason: "expired",
    });
  });
});
