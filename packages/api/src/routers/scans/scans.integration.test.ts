import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { JOB } from "@trustwatch/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Seeded, seedForApi } from "../../test-helpers";
import { callerFor, codeOf, createTestQueues, DEMO, OTHER_ADMIN } from "../accounts/test-support";

describe("scans router (real PostgreSQL + Redis)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  let q: ReturnType<typeof createTestQueues>;
  let scanId = "";
  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
    q = createTestQueues();
  });
  afterAll(async () => {
    await q?.close();
    await testDb?.drop();
  });

  it("starts a scan, enqueues scan.org and audits it", async () => {
    const analyst = await callerFor(testDb, seeded, DEMO.analyst, q.queues);
    ({ scanId } = await analyst.scans.start());
    const job = await q.queues.scan.getJob(`scan-org-${scanId}`);
    expect(job?.name).toBe(JOB.scanOrg);
    expect(job?.data).toEqual({ organizationId: seeded.demoId, scanId });
    expect(await testDb.db.auditLog.count({ where: { action: "scan.start", targetId: scanId } })).toBe(1);
  });

  it("answers CONFLICT with a clear message on a second start", async () => {
    const admin = await callerFor(testDb, seeded, DEMO.admin, q.queues);
    const error = await admin.scans.start().catch((e: unknown) => e as { code?: string; message?: string });
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect((error as { message: string }).message).toMatch(/already running/);
  });

  it("limits scan starts per organization: the eleventh within a minute is refused", async () => {
    const other = await testDb.db.organization.findUniqueOrThrow({ where: { id: seeded.otherId } });
    // Ten finished scans in the last minute, none active: only the rate limit can refuse.
    await testDb.db.scan.createMany({
      data: Array.from({ length: 10 }, () => ({ organizationId: other.id, status: "succeeded" as const })),
    });
    const otherAdmin = await callerFor(testDb, seeded, OTHER_ADMIN, q.queues);
    const error = await otherAdmin.scans
      .start()
      .catch((e: unknown) => e as { code?: string; message?: string });
    expect(error).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((error as { message: string }).message).toMatch(/Too many scans/);
    await testDb.db.scan.deleteMany({ where: { organizationId: other.id } });
  });

  it("shows progress per account, overall and for the active scan", async () => {
    const viewer = await callerFor(testDb, seeded, DEMO.viewer);
    const account = await testDb.db.awsAccount.create({
      data: {
        organizationId: seeded.demoId,
        accountId: "111111111111",
        name: "prod",
        auditRoleArn: "arn:aws:iam::111111111111:role/A",
        regions: ["us-east-1"],
      },
    });
    await testDb.db.scan.update({
      where: { id: scanId },
      data: { status: "running", phase: "collecting", accountsTotal: 1, startedAt: new Date() },
    });
    await testDb.db.scanAccountResult.create({
      data: {
        organizationId: seeded.demoId,
        scanId,
        awsAccountId: account.id,
        status: "running",
        phase: "eks us-east-1",
        progress: 40,
        warnings: [
          { service: "eks", region: "us-east-1", code: "OptInRequired", message: "region disabled" },
        ],
      },
    });
    const active = await viewer.scans.progress();
    expect(active).toMatchObject({ scanId, status: "running", isFinished: false, progress: 40 });
    expect(active?.accounts[0]).toMatchObject({
      name: "prod",
      phase: "eks us-east-1",
      progress: 40,
      warnings: ["eks us-east-1 OptInRequired: region disabled"],
    });
    expect((await viewer.scans.progress({ scanId }))?.scanId).toBe(scanId);
  });

  it("cancels a running scan once, audited; viewers cannot", async () => {
    const viewer = await callerFor(testDb, seeded, DEMO.viewer, q.queues);
    expect(await codeOf(viewer.scans.cancel({ scanId }))).toBe("FORBIDDEN");
    expect(await codeOf(viewer.scans.start())).toBe("FORBIDDEN");
    const analyst = await callerFor(testDb, seeded, DEMO.analyst, q.queues);
    const result = await analyst.scans.cancel({ scanId });
    expect(result.scanId).toBe(scanId);
    expect((await analyst.scans.progress({ scanId }))?.cancelRequested).toBe(true);
    expect(await testDb.db.auditLog.count({ where: { action: "scan.cancel", targetId: scanId } })).toBe(1);
  });

  it("lists history with duration, failures and finding counts", async () => {
    await testDb.db.scan.update({
      where: { id: scanId },
      data: { status: "partial", phase: "done", finishedAt: new Date(Date.now() + 5_000), accountsFailed: 1 },
    });
    await testDb.db.scanAccountResult.updateMany({
      where: { scanId },
      data: { status: "failed", error: "AccessDenied: nope" },
    });
    const viewer = await callerFor(testDb, seeded, DEMO.viewer);
    const [latest] = await viewer.scans.history();
    expect(latest).toMatchObject({
      id: scanId,
      status: "partial",
      requestedBy: DEMO.analyst,
      accountsFailed: 1,
    });
    expect(latest?.durationMs).toBeGreaterThan(0);
    expect(latest?.failedAccounts).toEqual([
      { accountId: "111111111111", name: "prod", error: "AccessDenied: nope" },
    ]);
    expect(await viewer.scans.progress()).toBeNull();
    const analyst = await callerFor(testDb, seeded, DEMO.analyst, q.queues);
    expect(await codeOf(analyst.scans.cancel({ scanId }))).toBe("BAD_REQUEST");
  });

  it("never shows or cancels another organization's scans", async () => {
    const other = await callerFor(testDb, seeded, OTHER_ADMIN, q.queues);
    expect(await other.scans.history()).toEqual([]);
    expect(await other.scans.progress()).toBeNull();
    expect(await codeOf(other.scans.progress({ scanId }))).toBe("NOT_FOUND");
    expect(await codeOf(other.scans.cancel({ scanId }))).toBe("NOT_FOUND");
    // Another tenant's running scan does not block this one.
    const started = await other.scans.start();
    expect(started.scanId).not.toBe(scanId);
  });
});
