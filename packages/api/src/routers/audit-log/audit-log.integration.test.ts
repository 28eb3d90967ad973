import { writeAuditLog } from "@trustwatch/db";
import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { appRouter } from "../../root";
import { type Seeded, seedForApi } from "../../test-helpers";

describe("auditLog.list (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
    const admin = await testDb.db.user.findUniqueOrThrow({ where: { email: "admin@demo.trustwatch.dev" } });
    for (let i = 0; i < 7; i++) {
      await writeAuditLog(testDb.db, {
        organizationId: seeded.demoId,
        actorType: i % 2 ? "system" : "user",
        actorId: i % 2 ? null : admin.id,
        action: i < 4 ? "account.create" : "exception.revoke",
        targetType: "thing",
        targetId: `t${i}`,
        after: { i },
      });
    }
    await writeAuditLog(testDb.db, {
      organizationId: seeded.otherId,
      actorType: "system",
      actorId: null,
      action: "account.create",
      targetType: "thing",
      targetId: "other",
    });
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("pages newest first with a keyset cursor, resolves actors, and filters by action", async () => {
    const approver = appRouter.createCaller(
      createContext({ db: testDb.db, session: await seeded.session("approver@demo.trustwatch.dev") }),
    );
    const first = await approver.auditLog.list({ limit: 4 });
    expect(first.items.map((e) => e.targetId)).toEqual(["t6", "t5", "t4", "t3"]);
    expect(first.items[0]?.actorLabel).toBe("Ada Admin <admin@demo.trustwatch.dev>");
    expect(first.items[1]?.actorLabel).toBe("Trustwatch");
    const second = await approver.auditLog.list({ limit: 4, cursor: first.nextCursor });
    expect(second.items.map((e) => e.targetId)).toEqual(["t2", "t1", "t0"]);
    expect(second.nextCursor).toBeNull();

    const filtered = await approver.auditLog.list({ action: "exception." });
    expect(filtered.items.map((e) => e.targetId)).toEqual(["t6", "t5", "t4"]);
  });
});
