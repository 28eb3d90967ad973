import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { JOB } from "@trustwatch/jobs";
import { Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Seeded, seedForApi } from "../../test-helpers";
import { callerFor, codeOf, createTestQueues, DEMO, OTHER_ADMIN } from "./test-support";

const STAGING = {
  accountId: "222222222222",
  name: "staging",
  auditRoleArn: "arn:aws:iam::222222222222:role/TrustwatchAudit",
  regions: ["us-east-1", "eu-west-1"],
};

describe("accounts router (real PostgreSQL + Redis)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  let q: ReturnType<typeof createTestQueues>;
  let worker: Worker;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
    q = createTestQueues();
    // A stand-in worker: answers connection tests the way apps/worker does.
    worker = new Worker(
      q.queues.scan.name,
      async (job) =>
        job.name === JOB.accountsTest
          ? {
              ok: true,
              accountId: "222222222222",
              arn: "arn:aws:sts::222222222222:assumed-role/TrustwatchAudit/t",
            }
          : null,
      {
        connection: { ...q.queues.scan.opts.connection, maxRetriesPerRequest: null } as never,
        prefix: q.prefix,
      },
    );
  });
  afterAll(async () => {
    await worker?.close();
    await q?.close();
    await testDb?.drop();
  });

  it("creates an account with validated input, audits it, and lists it", async () => {
    const admin = await callerFor(testDb, seeded, DEMO.admin, q.queues);
    const created = await admin.accounts.create({
      ...STAGING,
      regions: ["eu-west-1", "us-east-1", "us-east-1"],
    });
    expect(created).toMatchObject({
      accountId: "222222222222",
      status: "pending",
      regions: ["eu-west-1", "us-east-1"],
    });
    const list = await admin.accounts.list();
    expect(list.map((a) => a.accountId)).toContain("222222222222");
    const log = await testDb.db.auditLog.findMany({
      where: { organizationId: seeded.demoId, action: "account.create" },
    });
    expect(log).toHaveLength(1);
    expect(log[0]?.targetId).toBe(created.id);
    expect(await codeOf(admin.accounts.create(STAGING))).toBe("CONFLICT");
  });

  it.each([
    ["an account id that is not 12 digits", { accountId: "2222" }],
    ["a role ARN that is not a role", { auditRoleArn: "arn:aws:iam::222222222222:user/x" }],
    ["a role in another account", { auditRoleArn: "arn:aws:iam::111111111111:role/TrustwatchAudit" }],
    ["a remediation role in another account", { remediationRoleArn: "arn:aws:iam::111111111111:role/Fix" }],
    ["no regions", { regions: [] }],
    ["a region that does not exist", { regions: ["moon-base-1"] }],
    ["an empty name", { name: " " }],
  ])("refuses %s (BAD_REQUEST)", async (_label, patch) => {
    const admin = await callerFor(testDb, seeded, DEMO.admin);
    expect(
      await codeOf(admin.accounts.create({ ...STAGING, accountId: "555555555555", ...patch } as never)),
    ).toBe("BAD_REQUEST");
  });

  it("updates and soft-removes an account, with audit rows before and after", async () => {
    const admin = await callerFor(testDb, seeded, DEMO.admin);
    const account = await admin.accounts.create({
      ...STAGING,
      accountId: "666666666666",
      name: "six",
      auditRoleArn: "arn:aws:iam::666666666666:role/A",
    });
    const updated = await admin.accounts.update({
      id: account.id,
      name: "six renamed",
      regions: ["eu-west-1"],
    });
    expect(updated).toMatchObject({ name: "six renamed", regions: ["eu-west-1"] });
    const removed = await admin.accounts.remove({ id: account.id });
    expect(removed.status).toBe("disabled");
    const actions = (
      await testDb.db.auditLog.findMany({ where: { targetId: account.id }, orderBy: { createdAt: "asc" } })
    ).map((r) => r.action);
    expect(actions).toEqual(["account.create", "account.update", "account.remove"]);
  });

  it("gives the onboarding templates with the tenant's ExternalId", async () => {
    const viewer = await callerFor(testDb, seeded, DEMO.viewer);
    const org = await testDb.db.organization.findUniqueOrThrow({ where: { id: seeded.demoId } });
    const onboarding = await viewer.accounts.getOnboarding();
    expect(onboarding.externalId).toBe(org.externalId);
    expect(onboarding.principalArn).toBe("arn:aws:iam::999999999999:root");
    expect(onboarding.cloudFormation).toContain(`sts:ExternalId: "${org.externalId}"`);
    expect(onboarding.terraform).toContain(`values   = ["${org.externalId}"]`);
    const custom = await viewer.accounts.getOnboarding({ principalArn: "arn:aws:iam::123456789012:root" });
    expect(custom.cloudFormation).toContain('AWS: "arn:aws:iam::123456789012:root"');
  });

  it("tests a connection through a worker and audits it", async () => {
    const admin = await callerFor(testDb, seeded, DEMO.admin, q.queues);
    const account = (await admin.accounts.list()).find((a) => a.accountId === "222222222222");
    const result = await admin.accounts.testConnection({ id: account?.id ?? "" });
    expect(result).toMatchObject({ ok: true, accountId: "222222222222" });
    expect(await testDb.db.auditLog.count({ where: { action: "account.test", targetId: account?.id } })).toBe(
      1,
    );
  });

  it("enables Organizations discovery and enqueues it", async () => {
    const admin = await callerFor(testDb, seeded, DEMO.admin, q.queues);
    const result = await admin.accounts.discover({
      managementRoleArn: "arn:aws:iam::100000000001:role/TrustwatchOrgRead",
    });
    expect(result.jobId).toBeTruthy();
    const org = await testDb.db.organization.findUniqueOrThrow({ where: { id: seeded.demoId } });
    expect(org).toMatchObject({
      discoveryEnabled: true,
      managementRoleArn: "arn:aws:iam::100000000001:role/TrustwatchOrgRead",
    });
    const job = await q.queues.scan.getJob(result.jobId ?? "");
    expect(job?.name).toBe(JOB.accountsDiscover);
    expect(await testDb.db.auditLog.count({ where: { action: "account.discover" } })).toBe(1);
  });

  it.each([DEMO.viewer, DEMO.analyst, DEMO.approver])(
    "refuses account changes to %s (FORBIDDEN)",
    async (email) => {
      const caller = await callerFor(testDb, seeded, email, q.queues);
      const id = (await caller.accounts.list())[0]?.id ?? "x";
      expect(await codeOf(caller.accounts.create({ ...STAGING, accountId: "777777777777" }))).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(caller.accounts.update({ id, name: "x" }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.accounts.remove({ id }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.accounts.testConnection({ id }))).toBe("FORBIDDEN");
      expect(
        await codeOf(caller.accounts.discover({ managementRoleArn: "arn:aws:iam::100000000001:role/R" })),
      ).toBe("FORBIDDEN");
    },
  );

  it("never shows or changes another organization's accounts", async () => {
    const demoAccount = await testDb.db.awsAccount.findFirstOrThrow({
      where: { organizationId: seeded.demoId },
    });
    const other = await callerFor(testDb, seeded, OTHER_ADMIN, q.queues);
    expect((await other.accounts.list()).map((a) => a.id)).not.toContain(demoAccount.id);
    expect(await codeOf(other.accounts.update({ id: demoAccount.id, name: "pwned" }))).toBe("NOT_FOUND");
    expect(await codeOf(other.accounts.remove({ id: demoAccount.id }))).toBe("NOT_FOUND");
    expect(await codeOf(other.accounts.testConnection({ id: demoAccount.id }))).toBe("NOT_FOUND");
    const demoOrg = await testDb.db.organization.findUniqueOrThrow({ where: { id: seeded.demoId } });
    expect((await other.accounts.getOnboarding()).externalId).not.toBe(demoOrg.externalId);
    await other.accounts.discover({ managementRoleArn: "arn:aws:iam::100000000009:role/R" });
    const after = await testDb.db.organization.findUniqueOrThrow({ where: { id: seeded.demoId } });
    expect(after.managementRoleArn).toBe("arn:aws:iam::100000000001:role/TrustwatchOrgRead");
    const untouched = await testDb.db.awsAccount.findUniqueOrThrow({ where: { id: demoAccount.id } });
    expect(untouched.name).toBe(demoAccount.name);
  });
});
