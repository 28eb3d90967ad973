import { TRPCError } from "@trpc/server";
import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { appRouter } from "../../root";
import { type Seeded, seedForApi } from "../../test-helpers";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("members (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  const callerFor = async (email: string) =>
    appRouter.createCaller(createContext({ db: testDb.db, session: await seeded.session(email) }));
  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("lists the active organization's members for a viewer, marking the caller", async () => {
    const members = await (await callerFor("viewer@demo.trustwatch.dev")).members.list();
    expect(members.map((m) => [m.email, m.role, m.isYou])).toEqual([
      ["admin@demo.trustwatch.dev", "admin", false],
      ["analyst@demo.trustwatch.dev", "analyst", false],
      ["approver@demo.trustwatch.dev", "approver", false],
      ["viewer@demo.trustwatch.dev", "viewer", true],
    ]);
  });

  it("changes a role with an audit entry, refuses the admin's own role, and keeps the last admin", async () => {
    const admin = await callerFor("admin@demo.trustwatch.dev");
    const members = await admin.members.list();
    const analyst = members.find((m) => m.email.startsWith("analyst@"));
    const self = members.find((m) => m.isYou);
    if (!analyst || !self) throw new Error("seed missing");

    expect(await admin.members.updateRole({ memberId: analyst.id, role: "approver" })).toEqual({
      id: analyst.id,
      role: "approver",
    });
    const entry = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "member.update-role" } });
    expect(entry).toMatchObject({
      actorType: "user",
      targetId: analyst.id,
      before: { email: analyst.email, role: "analyst" },
      after: { email: analyst.email, role: "approver" },
    });

    expect(await codeOf(admin.members.updateRole({ memberId: self.id, role: "viewer" }))).toBe("FORBIDDEN");
    expect(await codeOf(admin.members.remove({ memberId: self.id }))).toBe("FORBIDDEN");

    // Promote the analyst to admin; that admin then cannot demote the only other admin… until
    // there are two, and the last one standing cannot be demoted or removed.
    await admin.members.updateRole({ memberId: analyst.id, role: "admin" });
    const second = await callerFor("analyst@demo.trustwatch.dev");
    await second.members.updateRole({ memberId: self.id, role: "viewer" });
    expect(await codeOf(admin.members.list())).toBe("OK");
    expect(await codeOf(admin.members.updateRole({ memberId: analyst.id, role: "viewer" }))).toBe(
      "FORBIDDEN",
    );
    const lastAdmin = await testDb.db.member.count({
      where: { organizationId: seeded.demoId, role: "admin" },
    });
    expect(lastAdmin).toBe(1);
  });

  it("refuses to demote or remove the last admin (PRECONDITION_FAILED)", async () => {
    // In Other Corp, its admin is alone; add a second admin user who tries to remove them after demotion.
    const other = await testDb.db.user.create({
      data: { id: "u-other-2", email: "two@other.dev", name: "Two" },
    });
    const otherAdmin = await testDb.db.member.findFirstOrThrow({ where: { organizationId: seeded.otherId } });
    const second = await testDb.db.member.create({
      data: { organizationId: seeded.otherId, userId: other.id, role: "admin" },
    });
    const olga = await callerFor("admin@other.trustwatch.dev");
    await olga.members.updateRole({ memberId: second.id, role: "viewer" });
    // Now Olga is the last admin: a (hypothetical) change of her row by the repository is refused.
    const { updateMemberRole, removeMember } = await import("@trustwatch/db");
    await expect(updateMemberRole(testDb.db, seeded.otherId, otherAdmin.id, "viewer")).rejects.toThrow(
      /at least one admin/,
    );
    await expect(removeMember(testDb.db, seeded.otherId, otherAdmin.id)).rejects.toThrow(
      /at least one admin/,
    );
  });

  it("removes a member (other memberships stay) and writes the audit log", async () => {
    const olga = await callerFor("admin@other.trustwatch.dev");
    const two = (await olga.members.list()).find((m) => m.email === "two@other.dev");
    if (!two) throw new Error("missing");
    expect(await olga.members.remove({ memberId: two.id })).toEqual({ id: two.id });
    expect((await olga.members.list()).map((m) => m.email)).toEqual(["admin@other.trustwatch.dev"]);
    expect(await testDb.db.user.count({ where: { id: two.userId } })).toBe(1);
    expect(
      await testDb.db.auditLog.count({
        where: { organizationId: seeded.otherId, action: "member.remove", targetId: two.id },
      }),
    ).toBe(1);
  });
});
