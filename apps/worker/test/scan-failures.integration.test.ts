import { DEMO_ACCOUNTS, demoScenario, withAuditRoleExternalId } from "@trustwatch/sandbox";
import { afterAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness";

describe("scan failures", () => {
  const harnesses: Harness[] = [];
  afterAll(async () => {
    for (const h of harnesses) await h.close();
  });

  it("an account whose audit role wants another ExternalId fails clearly; the others succeed; its last good inventory stays", async () => {
    const h = await createHarness(demoScenario, { accounts: [DEMO_ACCOUNTS.prod, DEMO_ACCOUNTS.shared] });
    harnesses.push(h);
    h.startWorker();
    const good = await h.runScan();
    expect(good.status).toBe("succeeded");
    const sharedRoles = await h.db.iamRole.count({
      where: { organizationId: h.organizationId, accountId: DEMO_ACCOUNTS.shared, goneAt: null },
    });
    const sharedFindings = await h.db.finding.count({
      where: { organizationId: h.organizationId, accountId: DEMO_ACCOUNTS.shared, status: "open" },
    });
    expect(sharedRoles).toBeGreaterThan(0);
    expect(sharedFindings).toBeGreaterThan(0);

    // Someone re-creates the audit role with another tenant's ExternalId.
    const changed = withAuditRoleExternalId(demoScenario, DEMO_ACCOUNTS.shared, "someone-elses-external-id");
    const audit = h.sandbox.state.account(DEMO_ACCOUNTS.shared)?.roles.get("TrustwatchAudit");
    const wanted = changed.accounts
      .find((a) => a.id === DEMO_ACCOUNTS.shared)
      ?.roles.find((r) => r.name === "TrustwatchAudit");
    if (!audit || !wanted) throw new Error("audit role missing from the scenario");
    audit.trustPolicy = wanted.trustPolicy;

    const partial = await h.runScan();
    expect(partial.status).toBe("partial");
    const failed = partial.accountResults.find((r) => r.awsAccount.accountId === DEMO_ACCOUNTS.shared);
    expect(failed?.status).toBe("failed");
    expect(failed?.errorCode).toBe("AccessDenied");
    expect(failed?.error).toMatch(/ExternalId/);
    expect(partial.accountResults.find((r) => r.awsAccount.accountId === DEMO_ACCOUNTS.prod)?.status).toBe(
      "succeeded",
    );
    const account = await h.db.awsAccount.findFirstOrThrow({
      where: { organizationId: h.organizationId, accountId: DEMO_ACCOUNTS.shared },
    });
    expect(account.status).toBe("error");
    // Nothing of the failed account was wiped or resolved.
    expect(
      await h.db.iamRole.count({
        where: { organizationId: h.organizationId, accountId: DEMO_ACCOUNTS.shared, goneAt: null },
      }),
    ).toBe(sharedRoles);
    expect(
      await h.db.finding.count({
        where: { organizationId: h.organizationId, accountId: DEMO_ACCOUNTS.shared, status: "open" },
      }),
    ).toBe(sharedFindings);
  });

  it("a throttling storm is ridden out with backoff: the scan completes with the same inventory", async () => {
    const h = await createHarness(demoScenario, {
      accounts: [DEMO_ACCOUNTS.prod],
      // Two calls a second per account and action, bursts of two: AWS-like throttling, much stricter.
      throttle: { ratePerSecond: 2, burst: 2 },
    });
    harnesses.push(h);
    h.startWorker();
    const scan = await h.runScan({ timeoutMs: 120_000 });
    expect(scan.status).toBe("succeeded");
    const throttled = h.sandbox.metrics.calls().reduce((n, c) => n + c.errors, 0);
    expect(throttled).toBeGreaterThan(0);
    const prod = demoScenario.accounts.find((a) => a.id === DEMO_ACCOUNTS.prod);
    expect(await h.db.iamRole.count({ where: { organizationId: h.organizationId, goneAt: null } })).toBe(
      prod?.roles.length,
    );
    expect(await h.db.cluster.count({ where: { organizationId: h.organizationId, goneAt: null } })).toBe(
      prod?.clusters.length,
    );
  }, 150_000);
});
