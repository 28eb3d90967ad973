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

  it("changes a role with an audit entry and refuses changes to the admin's own membership", async () => {
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
  });

  it("keeps at least one admin: the last one can be neither demoted nor removed", async () => {
    // Through the API an admin never touches their own row, so the guard matters when two admins
    // act at once; the repository enforces it under a per-organization lock.
    const { updateMemberRole, removeMember } = await import("@trustwatch/db");
    const two = await testDb.db.user.create({
      data: { id: "u-other-2", email: "two@other.dev", name: "Two" },
    });
    const olgaRow = await testDb.db.member.findFirstOrThrow({ where: { organizationId: seeded.otherId } });
    await testDb.db.member.create({
      data: { organizationId: seeded.otherId, userId: two.id, role: "admin" },
    });

    expect((await updateMemberRole(testDb.db, seeded.otherId, olgaRow.id, "viewer"))?.after.role).toBe(
      "viewer",
    );
    const twoRow = await testDb.db.member.findFirstOrThrow({ where: { userId: two.id } });
    await expect(updateMemberRole(testDb.db, seeded.otherId, twoRow.id, "viewer")).rejects.toThrow(
      /at least one admin/,
    );
    await expect(removeMember(testDb.db, seeded.otherId, twoRow.id)).rejects.toThrow(/at least one admin/);
    await updateMemberRole(testDb.db, seeded.otherId, olgaRow.id, "admin");
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
