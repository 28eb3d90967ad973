import { TRPCError } from "@trpc/server";
import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { appRouter } from "../../root";
import { type Seeded, seedForApi } from "../../test-helpers";

describe("organizations.switch and listMine (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("refuses to switch a member of another organization into it (NOT_FOUND) and leaves the session alone", async () => {
    const session = await seeded.session("admin@other.trustwatch.dev");
    const caller = appRouter.createCaller(createContext({ db: testDb.db, session }));
    const error = await caller.organizations
      .switch({ organizationId: seeded.demoId })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
    const row = await testDb.db.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row.activeOrganizationId).toBe(seeded.otherId);
  });

  it("switches a member between their organizations and persists it on the session", async () => {
    const admin = await testDb.db.user.findUniqueOrThrow({ where: { email: "admin@demo.trustwatch.dev" } });
    await testDb.db.member.create({
      data: { organizationId: seeded.otherId, userId: admin.id, role: "viewer" },
    });
    const session = await seeded.session("admin@demo.trustwatch.dev");
    const caller = appRouter.createCaller(createContext({ db: testDb.db, session }));

    expect(await caller.organizations.switch({ organizationId: seeded.otherId })).toEqual({
      organizationId: seeded.otherId,
      role: "viewer",
    });
    const row = await testDb.db.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row.activeOrganizationId).toBe(seeded.otherId);

    const after = appRouter.createCaller(
      createContext({
        db: testDb.db,
        session: { ...session, activeOrganizationId: row.activeOrganizationId },
      }),
    );
    expect((await after.organizations.listMine()).map((o) => [o.name, o.role, o.isActive])).toEqual([
      ["Demo Corp", "admin", false],
      ["Other Corp", "viewer", true],
    ]);
    expect((await after.me.get()).activeOrganization).toMatchObject({ name: "Other Corp", role: "viewer" });
  });
});
