import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "../testing";
import { findDefaultMembership, findMembership } from "./members";

const hashPassword = async (password: string) => `test-hash:${password}`;

describe("members repository (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let demoId: string;
  let otherId: string;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    const seeded = await seedDemo(testDb.db, { hashPassword });
    demoId = seeded.organizationId;
    otherId = seeded.otherOrganizationId;
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("finds a member's role and nothing in an organization the user does not belong to", async () => {
    const analyst = await testDb.db.user.findUniqueOrThrow({
      where: { email: "analyst@demo.trustwatch.dev" },
    });
    expect(await findMembership(testDb.db, demoId, analyst.id)).toEqual({
      organizationId: demoId,
      userId: analyst.id,
      role: "analyst",
    });
    expect(await findMembership(testDb.db, otherId, analyst.id)).toBeNull();
  });

  it("defaults to the user's oldest membership", async () => {
    const admin = await testDb.db.user.findUniqueOrThrow({ where: { email: "admin@demo.trustwatch.dev" } });
    await testDb.db.member.create({ data: { organizationId: otherId, userId: admin.id, role: "viewer" } });
    expect((await findDefaultMembership(testDb.db, admin.id))?.organizationId).toBe(demoId);
    expect(await findDefaultMembership(testDb.db, "no-such-user")).toBeNull();
  });
});
