import { TRPCError } from "@trpc/server";
import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { appRouter } from "../../root";
import { type Seeded, seedForApi } from "../../test-helpers";
import { type RecordedJob, ROLE_ARN, recordingQueues, seedScannedWorld } from "./test-fixtures";

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

describe("remediation procedures (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  let findingId: string;
  const jobs: RecordedJob[] = [];
  const callerAs = async (email: string) =>
    appRouter.createCaller(
      createContext({ db: testDb.db, session: await seeded.session(email), queues: recordingQueues(jobs) }),
    );

  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
    ({ findingId } = await seedScannedWorld(testDb.db, seeded.demoId));
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("previews the plan with its diff and proofs, and suggests nothing it cannot prove", async () => {
    const analyst = await callerAs("analyst@demo.trustwatch.dev");
    const empty = await analyst.remediation.plan({ findingId });
    expect(empty).toMatchObject({
      kind: "trust.tighten-sub",
      needsServiceAccounts: true,
      plan: null,
      current: ["system:serviceaccount:*:*"],
    });
    const preview = await analyst.remediation.plan({ findingId, serviceAccounts: ["payments:api"] });
    expect(preview.error).toBeNull();
    expect(preview.plan?.proof).toMatchObject({ neverWidens: true, resolvesFinding: true });
    expect(
      preview.plan?.diff.some(
        (l) => l.type === "add" && l.text.includes("system:serviceaccount:payments:api"),
      ),
    ).toBe(true);
  });

  it("hides one organization's findings and requests from another's members (NOT_FOUND)", async () => {
    const other = await callerAs("admin@other.trustwatch.dev");
    expect(await codeOf(other.remediation.plan({ findingId, serviceAccounts: ["payments:api"] }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(other.remediation.request({ findingId, serviceAccounts: ["payments:api"] }))).toBe(
      "NOT_FOUND",
    );
    const analyst = await callerAs("analyst@demo.trustwatch.dev");
    const { id } = await analyst.remediation.request({ findingId, serviceAccounts: ["payments:api"] });
    expect(await codeOf(other.remediation.get({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(other.remediation.approve({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(other.remediation.rollback({ id }))).toBe("NOT_FOUND");
    expect((await other.remediation.list({ tab: "pending" })).items).toEqual([]);
    await testDb.db.remediationRequest.delete({ where: { id } });
  });

  it("does not let a viewer preview or request a fix", async () => {
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    expect(await codeOf(viewer.remediation.plan({ findingId, serviceAccounts: ["payments:api"] }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(viewer.remediation.request({ findingId, serviceAccounts: ["payments:api"] }))).toBe(
      "FORBIDDEN",
    );
    expect(await testDb.db.remediationRequest.count()).toBe(0);
  });

  it("refuses a plan that would widen access", async () => {
    const analyst = await callerAs("analyst@demo.trustwatch.dev");
    expect(await codeOf(analyst.remediation.request({ findingId, serviceAccounts: [] }))).toBe("BAD_REQUEST");
  });

  it("stores a request, notifies the approvers, and never lets the requester approve it", async () => {
    const admin = await callerAs("admin@demo.trustwatch.dev");
    jobs.length = 0;
    const { id } = await admin.remediation.request({
      findingId,
      serviceAccounts: ["payments:api"],
      comment: "tighten",
    });
    expect(jobs).toEqual([
      { queue: "notify", name: "notify.remediation", data: { organizationId: seeded.demoId, requestId: id } },
    ]);
    // One change per resource at a time.
    expect(await codeOf(admin.remediation.request({ findingId, serviceAccounts: ["payments:api"] }))).toBe(
      "CONFLICT",
    );

    const own = await admin.remediation.get({ id });
    expect(own).toMatchObject({
      status: "pending",
      isOwnRequest: true,
      canDecide: false,
      targetArn: ROLE_ARN,
    });
    const error = await admin.remediation.approve({ id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("FORBIDDEN");
    expect((error as TRPCError).message).toMatch(/four eyes/);

    const analyst = await callerAs("analyst@demo.trustwatch.dev");
    expect(await codeOf(analyst.remediation.approve({ id }))).toBe("FORBIDDEN");
    const approver = await callerAs("approver@demo.trustwatch.dev");
    expect((await approver.remediation.get({ id })).canDecide).toBe(true);
    expect(await codeOf(approver.remediation.reject({ id, comment: " " }))).toBe("BAD_REQUEST");
    expect(await approver.remediation.approve({ id, comment: "looks right" })).toEqual({
      id,
      status: "approved",
    });
    expect(jobs.at(-1)).toEqual({
      queue: "remediation",
      name: "remediation.execute",
      data: { organizationId: seeded.demoId, requestId: id },
    });
    expect(await codeOf(approver.remediation.reject({ id, comment: "too late" }))).toBe("CONFLICT");

    const detail = await approver.remediation.get({ id });
    expect(detail.timeline.map((t) => [t.action, t.actorName])).toEqual([
      ["remediation.request", "Ada Admin"],
      ["remediation.approve", "Pat Approver"],
    ]);
    expect((await approver.remediation.list({ tab: "approved" })).counts).toMatchObject({
      approved: 1,
      pending: 0,
    });
  });

  it("rolls back only succeeded requests, as a new pending request", async () => {
    const analyst = await callerAs("analyst@demo.trustwatch.dev");
    const [approved] = (await analyst.remediation.list({ tab: "approved" })).items;
    if (!approved) throw new Error("no approved request");
    expect(await codeOf(analyst.remediation.rollback({ id: approved.id }))).toBe("BAD_REQUEST");
    await testDb.db.remediationRequest.update({ where: { id: approved.id }, data: { status: "succeeded" } });
    const viewer = await callerAs("viewer@demo.trustwatch.dev");
    expect(await codeOf(viewer.remediation.rollback({ id: approved.id }))).toBe("FORBIDDEN");
    const { id } = await analyst.remediation.rollback({ id: approved.id });
    const rollback = await analyst.remediation.get({ id });
    expect(rollback).toMatchObject({ kind: "rollback", status: "pending", rollbackOfId: approved.id });
    const original = await analyst.remediation.get({ id: approved.id });
    expect(rollback.plan?.after).toBe(original.plan?.before);
    expect(original.canRollback).toBe(false);
  });
});
