import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { DEMO_LOGIN, seedDemo } from "./seed-demo";

// A trivially reversible "hash" keeps this test about the seed, not about scrypt.
const hashPassword = async (password: string) => `test-hash:${password}`;

describe("seedDemo (real PostgreSQL, throwaway database)", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("creates two tenants, role-bearing members and the demo login's credential", async () => {
    const result = await seedDemo(testDb.db, {
      hashPassword,
      externalId: "ext-1",
      accounts: [
        {
          accountId: "111111111111",
          name: "prod",
          regions: ["us-east-1"],
          auditRoleArn: "arn:aws:iam::111111111111:role/TrustwatchAudit",
        },
      ],
    });
    const members = await testDb.db.member.findMany({
      where: { organizationId: result.organizationId },
      include: { user: true },
    });
    expect(members.map((m) => m.role).sort()).toEqual(["admin", "analyst", "approver", "viewer"]);
    const admin = await testDb.db.user.findUniqueOrThrow({
      where: { email: DEMO_LOGIN.email },
      include: { authAccounts: true },
    });
    expect(admin.authAccounts[0]?.password).toBe(`test-hash:${DEMO_LOGIN.password}`);
    const org = await testDb.db.organization.findUniqueOrThrow({ where: { id: result.organizationId } });
    expect(org.externalId).toBe("ext-1");
    expect(await testDb.db.awsAccount.count({ where: { organizationId: result.organizationId } })).toBe(1);
    expect(result.otherOrganizationId).not.toBe(result.organizationId);
  });

  it("is idempotent: a second run duplicates nothing", async () => {
    await seedDemo(testDb.db, { hashPassword });
    await seedDemo(testDb.db, { hashPassword });
    expect(await testDb.db.organization.count()).toBe(2);
    expect(await testDb.db.user.count()).toBe(5);
    expect(await testDb.db.authAccount.count()).toBe(5);
    expect(await testDb.db.member.count()).toBe(5);
  });
});
