import {
  type Finding,
  isPlanError,
  type Plan,
  type PlanOptions,
  planRemediation,
  planRollback,
  sameDocument,
} from "@trustwatch/core";
import {
  createRemediationRequest,
  decideRemediationRequest,
  getRemediationRequest,
  loadOrgInventory,
} from "@trustwatch/db";
import { enqueueRemediation } from "@trustwatch/jobs";
import { DEMO_ACCOUNTS, demoScenario } from "@trustwatch/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness";

// Seeded demo members (seedDemo): the analyst requests, the approver decides.
const ANALYST = "seed-analyst-demo";
const APPROVER = "seed-approver-demo";
const PROD = DEMO_ACCOUNTS.prod;
const STAGING = DEMO_ACCOUNTS.staging;
const roleArn = (account: string, name: string) => `arn:aws:iam::${account}:role/${name}`;

describe("remediation: request → approve → apply → re-scan (sandbox + PostgreSQL + Redis)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(demoScenario);
    h.startWorker();
    const scan = await h.runScan();
    expect(scan.status).toBe("succeeded");
  });
  afterAll(async () => {
    await h?.close();
  });

  async function openFinding(ruleId: string, match: (resourceArn: string) => boolean) {
    const rows = await h.db.finding.findMany({
      where: { organizationId: h.organizationId, ruleId, status: "open" },
    });
    const row = rows.find((r) => match(r.resourceArn));
    if (!row)
      throw new Error(`no open ${ruleId} finding (have: ${rows.map((r) => r.resourceArn).join(", ")})`);
    const finding: Finding = {
      ruleId: row.ruleId,
      severity: row.severity,
      fingerprint: row.fingerprint,
      resourceType: row.resourceType as Finding["resourceType"],
      resourceArn: row.resourceArn,
      accountId: row.accountId,
      title: row.title,
      evidence: row.evidence as Record<string, unknown>,
    };
    return { row, finding };
  }

  async function plan(ruleId: string, match: (arn: string) => boolean, options: Partial<PlanOptions> = {}) {
    const { row, finding } = await openFinding(ruleId, match);
    const result = planRemediation(finding, await loadOrgInventory(h.db, h.organizationId), {
      now: new Date(),
      ...options,
    });
    return { row, result };
  }

  async function request(p: Plan, findingId: string | null, rollbackOfId: string | null = null) {
    return createRemediationRequest(h.db, h.organizationId, {
      kind: p.kind,
      findingId,
      targetArn: p.targetArn,
      accountId: p.accountId,
      plan: p,
      beforeDocument: p.before,
      afterDocument: p.after,
      requestedById: ANALYST,
      rollbackOfId,
    });
  }

  async function approveAndRun(id: string) {
    expect(
      await decideRemediationRequest(h.db, h.organizationId, id, {
        status: "approved",
        deciderId: APPROVER,
        comment: "ok",
        now: new Date(),
      }),
    ).toBe(true);
    await enqueueRemediation(h.queues, { organizationId: h.organizationId, requestId: id });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const r = await getRemediationRequest(h.db, h.organizationId, id);
      if (r && ["succeeded", "failed", "stale"].includes(r.status)) return r;
      if (Date.now() > deadline) throw new Error(`request ${id} still ${r?.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function fixEndToEnd(
    ruleId: string,
    match: (arn: string) => boolean,
    options: Partial<PlanOptions> = {},
  ) {
    const { row, result } = await plan(ruleId, match, options);
    if (isPlanError(result)) throw new Error(result.error);
    expect(result.proof).toMatchObject({ neverWidens: true, resolvesFinding: true });
    const created = await request(result, row.id);
    const done = await approveAndRun(created.id);
    expect({ status: done.status, error: done.error }).toEqual({ status: "succeeded", error: null });
    const finding = await h.db.finding.findUniqueOrThrow({ where: { id: row.id } });
    expect(finding.status).toBe("resolved");
    return { plan: result, request: done, findingId: row.id };
  }

  const liveRole = (account: string, name: string) => h.sandbox.state.account(account)?.roles.get(name);
  const liveProvider = (account: string, arn: string) => h.sandbox.state.account(account)?.providers.get(arn);

  let tightened: Awaited<ReturnType<typeof fixEndToEnd>>;

  it("tightens a wildcard sub to the picked service account", async () => {
    tightened = await fixEndToEnd(
      "trust.wildcard-sub",
      (a) => a === roleArn(PROD, "irsa-any-service-account"),
      {
        serviceAccounts: ["payments:api"],
      },
    );
    expect(liveRole(PROD, "irsa-any-service-account")?.trustPolicy).toContain(
      '"system:serviceaccount:payments:api"',
    );
    const audit = await h.db.auditLog.findMany({
      where: { targetId: tightened.request.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "remediation.start",
      "remediation.apply",
      "remediation.succeed",
    ]);
  });

  it("adds a sub to an audience-only trust", async () => {
    await fixEndToEnd("trust.no-sub", (a) => a === roleArn(PROD, "irsa-audience-only"), {
      serviceAccounts: ["web:frontend"],
    });
    expect(liveRole(PROD, "irsa-audience-only")?.trustPolicy).toContain("system:serviceaccount:web:frontend");
  });

  it("adds the aud condition", async () => {
    await fixEndToEnd("trust.no-aud", (a) => a === roleArn(PROD, "irsa-no-aud"));
    expect(liveRole(PROD, "irsa-no-aud")?.trustPolicy).toMatch(/:aud"\s*:\s*"sts\.amazonaws\.com"/);
  });

  it("removes the statement trusting a vanished provider", async () => {
    await fixEndToEnd("trust.dangling-provider", (a) => a === roleArn(PROD, "irsa-dangling-provider"));
    expect(liveRole(PROD, "irsa-dangling-provider")?.trustPolicy).not.toContain("oidc-provider");
  });

  it("sets a drifted provider's thumbprint to the observed one", async () => {
    const { plan: p } = await fixEndToEnd("provider.thumbprint-drift", (a) =>
      a.startsWith(`arn:aws:iam::${PROD}:`),
    );
    expect(liveProvider(PROD, p.targetArn)?.thumbprints).not.toContain(
      "9e99a48a9960b14926bb7f3b02e22da2b0ab7280",
    );
  });

  it("makes sts.amazonaws.com a provider's audience", async () => {
    const { plan: p } = await fixEndToEnd("provider.audience-drift", (a) =>
      a.startsWith(`arn:aws:iam::${STAGING}:`),
    );
    expect(liveProvider(STAGING, p.targetArn)?.clientIds).toEqual(["sts.amazonaws.com"]);
  });

  it("creates the missing provider of a cluster", async () => {
    const { plan: p } = await fixEndToEnd("provider.missing", (a) => a.endsWith("cluster/staging-use1"));
    expect(liveProvider(STAGING, p.targetArn)?.clientIds).toEqual(["sts.amazonaws.com"]);
  });

  it("refuses to delete an orphaned provider a role trusts, and deletes it once nothing does", async () => {
    const orphan = (a: string) =>
      a.includes("batch-use1-deleted") || a.startsWith(`arn:aws:iam::${STAGING}:oidc-provider/`);
    const refused = await plan("provider.orphaned", orphan);
    expect(isPlanError(refused.result) ? refused.result.error : "planned").toMatch(
      /still trusted by batch-legacy-irsa/,
    );

    const legacy = liveRole(STAGING, "batch-legacy-irsa");
    if (!legacy) throw new Error("no batch-legacy-irsa role");
    legacy.trustPolicy = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
    });
    await h.runScan();
    const { plan: p } = await fixEndToEnd("provider.orphaned", orphan);
    expect(liveProvider(STAGING, p.targetArn)).toBeUndefined();
  });

  it("never lets the requester approve their own request", async () => {
    const { row, result } = await plan(
      "trust.namespace-wildcard-sub",
      (a) => a === roleArn(PROD, "irsa-monitoring-namespace"),
      {
        serviceAccounts: ["monitoring:prometheus"],
      },
    );
    if (isPlanError(result)) throw new Error(result.error);
    const created = await request(result, row.id);
    expect(
      await decideRemediationRequest(h.db, h.organizationId, created.id, {
        status: "approved",
        deciderId: ANALYST,
        comment: null,
        now: new Date(),
      }),
    ).toBe(false);
    expect((await getRemediationRequest(h.db, h.organizationId, created.id))?.status).toBe("pending");
    await h.db.remediationRequest.update({ where: { id: created.id }, data: { status: "rejected" } });
  });

  it("aborts as stale when the resource changed after approval", async () => {
    const name = "irsa-fluent-bit-any-namespace";
    const { row, result } = await plan("trust.namespace-wildcard-sub", (a) => a === roleArn(PROD, name), {
      serviceAccounts: ["logging:fluent-bit"],
    });
    if (isPlanError(result)) throw new Error(result.error);
    const created = await request(result, row.id);
    const live = liveRole(PROD, name);
    if (!live) throw new Error(`no ${name}`);
    const changed = live.trustPolicy.replace(
      "system:serviceaccount:*:fluent-bit",
      "system:serviceaccount:kube-system:fluent-bit",
    );
    live.trustPolicy = changed;
    const done = await approveAndRun(created.id);
    expect(done.status).toBe("stale");
    expect(liveRole(PROD, name)?.trustPolicy).toBe(changed);
    expect((await h.db.finding.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("open");
  });

  it("rolls back to the original document, under the same approval", async () => {
    const original = tightened.plan;
    const rollback = planRollback(original, await loadOrgInventory(h.db, h.organizationId), new Date());
    if (isPlanError(rollback)) throw new Error(rollback.error);
    const created = await request(rollback, tightened.findingId, tightened.request.id);
    const done = await approveAndRun(created.id);
    expect({ status: done.status, error: done.error }).toEqual({ status: "succeeded", error: null });
    const live = liveRole(PROD, "irsa-any-service-account")?.trustPolicy ?? "";
    expect(sameDocument("role", live, original.before)).toBe(true);
    expect((await h.db.finding.findUniqueOrThrow({ where: { id: tightened.findingId } })).status).toBe(
      "open",
    );
  });
});
