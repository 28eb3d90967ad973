import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { afterAll, beforeAll } from "vitest";
import { createContext } from "../../context";
import { appRouter } from "../../root";
import { type Seeded, seedForApi } from "../../test-helpers";
import { seedOrgWorld } from "./test-fixtures";

export type OrgWorldSuite = {
  testDb: TestDatabase;
  seeded: Seeded;
  world: Awaited<ReturnType<typeof seedOrgWorld>>;
  callerAs: (email: string) => Promise<ReturnType<typeof appRouter.createCaller>>;
};

/**
 * Register, for the calling describe block, a throwaway database with both demo tenants and the
 * first tenant's world of roles and findings. Fields are filled in beforeAll.
 */
export function useOrgWorldSuite(): OrgWorldSuite {
  const suite = {
    callerAs: async (email: string) =>
      appRouter.createCaller(
        createContext({ db: suite.testDb.db, session: await suite.seeded.session(email) }),
      ),
  } as OrgWorldSuite;
  beforeAll(async () => {
    suite.testDb = await createTestDatabase();
    suite.seeded = await seedForApi(suite.testDb);
    suite.world = await seedOrgWorld(suite.testDb.db, suite.seeded.demoId);
  });
  afterAll(async () => {
    await suite.testDb?.drop();
  });
  return suite;
}
