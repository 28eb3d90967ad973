import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "../testing";
import { getUserById, setSessionActiveOrganization } from "./users";

const hashPassword = async (password: string) => `test-hash:${password}`;

describe("users repository (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let demoId: string;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    demoId = (await seedDemo(testDb.db, { hashPassword })).organizationId;
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("reads a user as a plain object", async () => {
    const row = await testDb.db.user.findUniqueOrThrow({ where: { email: "admin@demo.trustwatch.dev" } });
    expect(await getUserById(testDb.db, row.id)).toEqual({ id: row.id, email: row.email, name: "Ada Admin" });
    expect(await getUserById(testDb.db, "missing")).toBeNull();
  });

  it("changes the active organization of the user's own session only", async () => {
    const admin = await testDb.db.user.findUniqueOrThrow({ where: { email: "admin@demo.trustwatch.dev" } });
    const other = await testDb.db.user.findUniqueOrThrow({ where: { email: "admin@other.trustwatch.dev" } });
    const expiresAt = new Date(Date.now() + 60_000);
    await testDb.db.session.create({ data: { id: "s1", token: "t1", userId: admin.id, expiresAt } });

    expect(
      await setSessionActiveOrganization(testDb.db, {
        sessionId: "s1",
        userId: other.id,
        organizationId: demoId,
      }),
    ).toBe(false);
    expect(
      await setSessionActiveOrganization(testDb.db, {
        sessionId: "s1",
        userId: admin.id,
        organizationId: demoId,
      }),
    ).toBe(true);
    const session = await testDb.db.session.findUniqueOrThrow({ where: { id: "s1" } });
    expect(session.activeOrganizationId).toBe(demoId);
  });
});
