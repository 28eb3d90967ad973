import { createAwsAccount } from "@trustwatch/db";
import { type AccountTestResult, runAccountTest } from "@trustwatch/jobs";
import { demoScenario } from "@trustwatch/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness";

describe("accounts.test (sandbox + PostgreSQL + Redis)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(demoScenario, { accounts: ["111111111111"] });
    h.startWorker();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("assumes the audit role with the tenant's ExternalId and answers the assumed identity", async () => {
    const account = await h.db.awsAccount.findFirstOrThrow({ where: { organizationId: h.organizationId } });
    const result = await runAccountTest(h.queues, {
      organizationId: h.organizationId,
      awsAccountId: account.id,
    });
    expect(result).toMatchObject({ ok: true, accountId: "111111111111" });
    expect((result as Extract<AccountTestResult, { ok: true }>).arn).toContain("TrustwatchAudit");
  });

  it("explains an access denial with the trust policy the role needs, and records it on the account", async () => {
    const account = await createAwsAccount(h.db, h.organizationId, {
      accountId: "222222222222",
      name: "staging",
      auditRoleArn: "arn:aws:iam::222222222222:role/TrustwatchAudit",
      externalId: "not-the-tenant-external-id",
      regions: ["us-east-1"],
    });
    const result = await runAccountTest(h.queues, {
      organizationId: h.organizationId,
      awsAccountId: account.id,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toMatch(/AccessDenied/);
    expect(result.message).toContain("arn:aws:iam::999999999999:root");
    expect(result.message).toContain('sts:ExternalId = "not-the-tenant-external-id"');
    const stored = await h.db.awsAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(stored.status).toBe("error");
    expect(stored.lastError).toContain("trust policy");
  });
});
