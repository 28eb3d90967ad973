import { seedDemo } from "@trustwatch/db";
import type { TestDatabase } from "@trustwatch/db/testing";
import type { SessionContext } from "./context";

// A trivially reversible "hash": these tests are about authorization, not scrypt.
const hashPassword = async (password: string) => `test-hash:${password}`;

export type Seeded = { demoId: string; otherId: string; session: (email: string) => Promise<SessionContext> };

/** Seed the demo tenants and make real session rows, active in the user's own organization. */
export async function seedForApi(testDb: TestDatabase): Promise<Seeded> {
  const seeded = await seedDemo(testDb.db, { hashPassword });
  let counter = 0;
  return {
    demoId: seeded.organizationId,
    otherId: seeded.otherOrganizationId,
    session: async (email) => {
      const user = await testDb.db.user.findUniqueOrThrow({
        where: { email },
        include: { memberships: { take: 1 } },
      });
      counter += 1;
      const activeOrganizationId = user.memberships[0]?.organizationId ?? null;
      const row = await testDb.db.session.create({
        data: {
          id: `test-session-${counter}`,
          token: `test-token-${counter}`,
          userId: user.id,
          expiresAt: new Date(Date.now() + 3_600_000),
          activeOrganizationId,
        },
      });
      return { sessionId: row.id, userId: user.id, email: user.email, activeOrganizationId };
    },
  };
}
