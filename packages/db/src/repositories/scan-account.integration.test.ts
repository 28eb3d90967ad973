import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createAwsAccount } from "./aws-accounts";
import { beginAccountScan, finishAccount } from "./scan-account";
import { createScan, requestScanCancel, startScanAccounts } from "./scans";

const T0 = new Date("2026-03-01T10:00:00.000Z");
const T1 = new Date("2026-03-01T10:05:00.000Z");

describe("an account's part of a scan (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let orgId: string;
  let accounts: { id: string; accountId: string }[];
  beforeAll(async () => {
    testDb = await createTestDatabase();
    orgId = (
      await testDb.db.organization.create({
        data: { name: "Scan steps", slug: "scan-steps", externalId: "org-external-id" },
      })
    ).id;
    accounts = [];
    for (const [accountId, externalId] of [
      ["111111111111", null],
      ["222222222222", "own-external-id"],
      ["333333333333", null],
    ] as const) {
      accounts.push(
        await createAwsAccount(testDb.db, orgId, {
          accountId,
          name: `acct-${accountId}`,
          auditRoleArn: `arn:aws:iam::${accountId}:role/TrustwatchAudit`,
          externalId,
          regions: ["us-east-1", "eu-west-1"],
        }),
      );
    }
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  const ids = () => accounts.map((a) => a.id);
  const counters = (scanId: string) =>
    testDb.db.scan.findUniqueOrThrow({
      where: { id: scanId },
      select: { accountsDone: true, accountsFailed: true },
    });
  const result = (scanId: string, awsAccountId: string) =>
    testDb.db.scanAccountResult.findUniqueOrThrow({
      where: { scanId_awsAccountId: { scanId, awsAccountId } },
    });

  it("begins: returns the audit target (the organization's ExternalId unless the account has one) and marks it running", async () => {
    const scan = await createScan(testDb.db, orgId, { trigger: "manual" });
    await startScanAccounts(testDb.db, orgId, scan.id, ids(), T0);
    const [a, b] = accounts;
    const first = await beginAccountScan(testDb.db, {
      organizationId: orgId,
      scanId: scan.id,
      awsAccountId: a?.id ?? "",
      startedAt: T0,
    });
    expect(first).toEqual({
      scanStatus: "running",
      cancelled: false,
      target: {
        id: a?.id,
        accountId: "111111111111",
        name: "acct-111111111111",
        regions: ["us-east-1", "eu-west-1"],
        auditRoleArn: "arn:aws:iam::111111111111:role/TrustwatchAudit",
        remediationRoleArn: null,
        externalId: "org-external-id",
      },
    });
    expect(await result(scan.id, a?.id ?? "")).toMatchObject({
      status: "running",
      progress: 1,
      startedAt: T0,
    });
    const second = await beginAccountScan(testDb.db, {
      organizationId: orgId,
      scanId: scan.id,
      awsAccountId: b?.id ?? "",
      startedAt: T0,
    });
    expect(second?.target.externalId).toBe("own-external-id");
  });

  it("begins nothing for another organization's scan or an unknown account", async () => {
    const scan = await testDb.db.scan.findFirstOrThrow({ where: { organizationId: orgId } });
    const input = { organizationId: orgId, scanId: scan.id, awsAccountId: "nope", startedAt: T0 };
    expect(await beginAccountScan(testDb.db, input)).toBeNull();
    expect(
      await beginAccountScan(testDb.db, {
        ...input,
        organizationId: "other-org",
        awsAccountId: ids()[0] ?? "",
      }),
    ).toBeNull();
  });

  it("finishes idempotently: counters move once per account, and follow a changed outcome", async () => {
    const scan = await testDb.db.scan.findFirstOrThrow({ where: { organizationId: orgId } });
    const [a, b] = ids();
    const ok = { status: "succeeded" as const, itemsCollected: 42, apiCalls: 7, finishedAt: T1 };
    await finishAccount(testDb.db, orgId, scan.id, a ?? "", ok);
    await finishAccount(testDb.db, orgId, scan.id, a ?? "", ok);
    expect(await counters(scan.id)).toEqual({ accountsDone: 1, accountsFailed: 0 });
    expect(await result(scan.id, a ?? "")).toMatchObject({
      status: "succeeded",
      progress: 100,
      phase: "succeeded",
      itemsCollected: 42,
      apiCalls: 7,
      finishedAt: T1,
      warnings: [],
    });
    expect(await testDb.db.awsAccount.findUniqueOrThrow({ where: { id: a ?? "" } })).toMatchObject({
      status: "active",
      lastError: null,
      lastScanAt: T1,
      lastGoodScanAt: T1,
    });

    const failed = {
      status: "failed" as const,
      errorCode: "AccessDenied",
      error: "AccessDenied: cannot use audit role",
      warnings: [{ service: "eks", region: "eu-west-1", code: "X", message: "m" }],
      finishedAt: T1,
    };
    await finishAccount(testDb.db, orgId, scan.id, b ?? "", failed);
    await finishAccount(testDb.db, orgId, scan.id, b ?? "", failed);
    expect(await counters(scan.id)).toEqual({ accountsDone: 2, accountsFailed: 1 });
    expect(await testDb.db.awsAccount.findUniqueOrThrow({ where: { id: b ?? "" } })).toMatchObject({
      status: "error",
      lastError: "AccessDenied: cannot use audit role",
      lastGoodScanAt: null,
    });
    expect((await result(scan.id, b ?? "")).warnings).toEqual(failed.warnings);

    // A later success of the same account replaces the failure: done stays, failed drops.
    await finishAccount(testDb.db, orgId, scan.id, b ?? "", ok);
    expect(await counters(scan.id)).toEqual({ accountsDone: 2, accountsFailed: 0 });
  });

  it("a cancelled scan: begin reports it and leaves the account pending; finishing as cancelled counts it done", async () => {
    const scan = await testDb.db.scan.findFirstOrThrow({ where: { organizationId: orgId } });
    await requestScanCancel(testDb.db, orgId, scan.id, T1);
    const c = ids()[2] ?? "";
    const start = await beginAccountScan(testDb.db, {
      organizationId: orgId,
      scanId: scan.id,
      awsAccountId: c,
      startedAt: T1,
    });
    expect(start?.cancelled).toBe(true);
    expect((await result(scan.id, c)).status).toBe("pending");
    await finishAccount(testDb.db, orgId, scan.id, c, { status: "cancelled", finishedAt: T1 });
    expect(await counters(scan.id)).toEqual({ accountsDone: 3, accountsFailed: 0 });
    expect(await testDb.db.awsAccount.findUniqueOrThrow({ where: { id: c } })).toMatchObject({
      status: "pending",
      lastScanAt: T1,
    });
  });
});
