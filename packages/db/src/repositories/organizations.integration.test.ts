import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "../testing";
import { getOrganizationById, listOrganizationsForUser } from "./organizations";

const hashPassword = async (password: string) => `test-hash:${password}`;

describe("organizations repository (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let demoId: string;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    demoId = (await seedDemo(testDb.db, { hashPassword })).organizationId;
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("lists only the user's own organizations, with the role held in each", async () => {
    const viewer = await testDb.db.user.findUniqueOrThrow({ where: { email: "viewer@demo.trustwatch.dev" } });
    expect(await listOrganizationsForUser(testDb.db, viewer.id)).toEqual([
      { id: demoId, name: "Demo Corp", slug: "demo", role: "viewer" },
    ]);
    expect(await listOrganizationsForUser(testDb.db, "no-such-user")).toEqual([]);
  });

  it("returns a plain summary by id, or null", async () => {
    expect(await getOrganizationById(testDb.db, demoId)).toEqual({
      id: demoId,
      name: "Demo Corp",
      slug: "demo",
    });
    expect(await getOrganizationById(testDb.db, "missing")).toBeNull();
  });
});
