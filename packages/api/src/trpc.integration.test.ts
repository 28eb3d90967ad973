import { TRPCError } from "@trpc/server";
import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "./context";
import { createContext } from "./context";
import { appRouter } from "./root";
import { type Seeded, seedForApi } from "./test-helpers";
import { createCallerFactory, orgProcedure, roleProcedure, router } from "./trpc";

// A router used only here, to exercise the layered procedures directly.
const gateRouter = router({
  whereAmI: orgProcedure.query(({ ctx }) => ({ organizationId: ctx.organizationId, role: ctx.role })),
  approve: roleProcedure("approver").mutation(() => "approved"),
});
const createGateCaller = createCallerFactory(gateRouter);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("layered procedures (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("refuses every procedure without a session", async () => {
    const caller = appRouter.createCaller(createContext({ db: testDb.db, session: null }));
    expect(await codeOf(caller.me.get())).toBe("UNAUTHORIZED");
    expect(await codeOf(caller.organizations.listMine())).toBe("UNAUTHORIZED");
    expect(await codeOf(caller.organizations.switch({ organizationId: seeded.demoId }))).toBe("UNAUTHORIZED");
    expect(await codeOf(createGateCaller(createContext({ db: testDb.db, session: null })).whereAmI())).toBe(
      "UNAUTHORIZED",
    );
  });

  it("resolves the membership from the database, not from what the session claims", async () => {
    const own = await seeded.session("admin@other.trustwatch.dev");
    const forged: SessionContext = { ...own, activeOrganizationId: seeded.demoId };
    expect(await codeOf(createGateCaller(createContext({ db: testDb.db, session: forged })).whereAmI())).toBe(
      "NOT_FOUND",
    );
    expect(await createGateCaller(createContext({ db: testDb.db, session: own })).whereAmI()).toEqual({
      organizationId: seeded.otherId,
      role: "admin",
    });
    const none: SessionContext = { ...own, activeOrganizationId: null };
    expect(await codeOf(createGateCaller(createContext({ db: testDb.db, session: none })).whereAmI())).toBe(
      "NOT_FOUND",
    );
  });

  it.each([
    { email: "viewer@demo.trustwatch.dev", expected: "FORBIDDEN" },
    { email: "analyst@demo.trustwatch.dev", expected: "FORBIDDEN" },
    { email: "approver@demo.trustwatch.dev", expected: "OK" },
    { email: "admin@demo.trustwatch.dev", expected: "OK" },
  ])("roleProcedure('approver') answers $expected for $email", async ({ email, expected }) => {
    const session = await seeded.session(email);
    expect(await codeOf(createGateCaller(createContext({ db: testDb.db, session })).approve())).toBe(
      expected,
    );
  });
});
