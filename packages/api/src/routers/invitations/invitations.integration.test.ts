import { TRPCError } from "@trpc/server";
import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { appRouter } from "../../root";
import { type Seeded, seedForApi } from "../../test-helpers";

async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
    return { code: "OK", message: "" };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
}

const tokenOf = (acceptPath: string) => acceptPath.replace("/invitations/", "");

describe("invitations (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  let now = new Date("2026-12-01T10:00:00Z");
  const callerFor = async (email: string) =>
    appRouter.createCaller(
      createContext({ db: testDb.db, session: await seeded.session(email), now: () => now }),
    );
  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("invites by email, stores only a hash, and the invitee accepts into the organization", async () => {
    const admin = await callerFor("admin@demo.trustwatch.dev");
    const created = await admin.invitations.create({ email: "Admin@Other.Trustwatch.dev", role: "analyst" });
    expect(created.acceptPath).toMatch(/^\/invitations\/[A-Za-z0-9_-]{43}$/);
    expect(created.invitation).toMatchObject({
      email: "admin@other.trustwatch.dev",
      role: "analyst",
      status: "pending",
    });
    expect(created.invitation.expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 3600 * 1000);

    const token = tokenOf(created.acceptPath);
    const row = await testDb.db.invitation.findUniqueOrThrow({ where: { id: created.invitation.id } });
    expect(row.tokenHash).not.toContain(token);
    const audit = await testDb.db.auditLog.findMany({ where: { action: "invitation.create" } });
    expect(JSON.stringify(audit)).not.toContain(token);
    expect((await admin.invitations.list()).map((i) => i.status)).toEqual(["pending"]);

    // Someone else cannot use it, even signed in.
    const wrong = await callerFor("viewer@demo.trustwatch.dev");
    expect((await errorOf(wrong.invitations.accept({ token }))).code).toBe("FORBIDDEN");

    const olgaSession = await seeded.session("admin@other.trustwatch.dev");
    const olga = appRouter.createCaller(
      createContext({ db: testDb.db, session: olgaSession, now: () => now }),
    );
    expect(await olga.invitations.accept({ token })).toEqual({
      organizationId: seeded.demoId,
      role: "analyst",
    });
    const session = await testDb.db.session.findUniqueOrThrow({ where: { id: olgaSession.sessionId } });
    expect(session.activeOrganizationId).toBe(seeded.demoId);
    expect((await olga.organizations.listMine()).map((o) => [o.name, o.role])).toEqual([
      ["Demo Corp", "analyst"],
      ["Other Corp", "admin"],
    ]);
    expect(
      await testDb.db.auditLog.count({
        where: { organizationId: seeded.demoId, action: "invitation.accept" },
      }),
    ).toBe(1);

    // Single use.
    const again = await errorOf(olga.invitations.accept({ token }));
    expect(again).toEqual({ code: "PRECONDITION_FAILED", message: "This invitation has already been used" });
  });

  it("refuses to invite an existing member (CONFLICT)", async () => {
    const admin = await callerFor("admin@demo.trustwatch.dev");
    expect(
      (await errorOf(admin.invitations.create({ email: "viewer@demo.trustwatch.dev", role: "admin" }))).code,
    ).toBe("CONFLICT");
  });

  it("gives clear errors for expired, revoked, replaced and unknown invitations", async () => {
    const olga = await callerFor("admin@other.trustwatch.dev");
    const approver = await callerFor("approver@demo.trustwatch.dev");
    const first = await olga.invitations.create({ email: "approver@demo.trustwatch.dev", role: "viewer" });
    const second = await olga.invitations.create({ email: "approver@demo.trustwatch.dev", role: "analyst" });
    // The newer invitation replaces the older one.
    expect(await errorOf(approver.invitations.accept({ token: tokenOf(first.acceptPath) }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: "This invitation has been revoked",
    });
    await olga.invitations.revoke({ invitationId: second.invitation.id });
    expect((await errorOf(approver.invitations.accept({ token: tokenOf(second.acceptPath) }))).message).toBe(
      "This invitation has been revoked",
    );

    const third = await olga.invitations.create({ email: "approver@demo.trustwatch.dev", role: "analyst" });
    now = new Date(now.getTime() + 8 * 24 * 3600 * 1000);
    expect(await errorOf(approver.invitations.accept({ token: tokenOf(third.acceptPath) }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: "This invitation has expired",
    });
    expect((await olga.invitations.list()).map((i) => i.status)).toEqual(["expired", "revoked", "revoked"]);
    expect((await errorOf(approver.invitations.accept({ token: "x".repeat(43) }))).code).toBe("NOT_FOUND");
  });
});
