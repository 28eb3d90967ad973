import { DEMO_ACCOUNTS, demoScenario } from "@trustwatch/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness";

const DAY = 24 * 3600 * 1000;
const prodRole = (h: Harness, name: string) => {
  const role = h.sandbox.state.account(DEMO_ACCOUNTS.prod)?.roles.get(name);
  if (!role) throw new Error(`no role ${name}`);
  return role;
};
const openFor = (h: Harness, ruleId: string, nameSuffix: string) =>
  h.db.finding.findFirst({
    where: { organizationId: h.organizationId, ruleId, resourceArn: { endsWith: nameSuffix } },
  });

describe("a rescan after the estate changed", () => {
  let h: Harness;
  let firstOpen: number;
  beforeAll(async () => {
    h = await createHarness(demoScenario, { accounts: [DEMO_ACCOUNTS.prod, DEMO_ACCOUNTS.staging] });
    h.startWorker();
    const first = await h.runScan();
    expect(first.status).toBe("succeeded");
    firstOpen = await h.db.finding.count({ where: { organizationId: h.organizationId, status: "open" } });

    // A fix, a regression and a deletion happen in AWS; two weeks pass.
    const fixed = prodRole(h, "irsa-any-service-account");
    const issuer = JSON.parse(fixed.trustPolicy).Statement[0].Principal.Federated.split(":oidc-provider/")[1];
    fixed.trustPolicy = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Federated: JSON.parse(fixed.trustPolicy).Statement[0].Principal.Federated },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: {
            StringEquals: {
              [`${issuer}:sub`]: "system:serviceaccount:tools:runner",
              [`${issuer}:aud`]: "sts.amazonaws.com",
            },
          },
        },
      ],
    });
    const widened = prodRole(h, "payments-api");
    const doc = JSON.parse(widened.trustPolicy);
    const sub = Object.keys(doc.Statement[0].Condition.StringEquals).find((k) => k.endsWith(":sub"));
    if (!sub) throw new Error("payments-api has no sub condition");
    delete doc.Statement[0].Condition.StringEquals[sub];
    doc.Statement[0].Condition.StringLike = { [sub]: "system:serviceaccount:*" };
    widened.trustPolicy = JSON.stringify(doc);
    h.sandbox.state.account(DEMO_ACCOUNTS.prod)?.roles.delete("irsa-long-session");
    h.sandbox.clock.advance(15 * DAY);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("resolves what was fixed, opens what regressed, and reports the drift", async () => {
    const second = await h.runScan();
    expect(second.status).toBe("succeeded");

    expect((await openFor(h, "trust.wildcard-sub", "role/irsa-any-service-account"))?.status).toBe(
      "resolved",
    );
    expect((await openFor(h, "trust.wildcard-sub", "role/payments-api"))?.status).toBe("open");
    const drift = await openFor(h, "drift.trust-changed", "role/payments-api");
    expect(drift?.status).toBe("open");
    // Narrowing is not drift worth an alert.
    expect(await openFor(h, "drift.trust-changed", "role/irsa-any-service-account")).toBeNull();
    expect(second.summary).toMatchObject({ newCount: expect.any(Number), resolvedCount: expect.any(Number) });
    expect((second.summary as { resolvedCount: number }).resolvedCount).toBeGreaterThanOrEqual(2);
  });

  it("marks a deleted role gone instead of deleting it, and resolves its findings", async () => {
    const role = await h.db.iamRole.findFirstOrThrow({
      where: { organizationId: h.organizationId, name: "irsa-long-session" },
    });
    expect(role.goneAt).not.toBeNull();
    expect((await openFor(h, "role.long-session", "role/irsa-long-session"))?.status).toBe("resolved");
  });

  it("sees signing keys rotate, and flags the issuer whose key did not", async () => {
    const rotated = await h.db.issuerObservation.findFirstOrThrow({
      where: {
        organizationId: h.organizationId,
        url: { contains: "oidc.eks.us-east-1.amazonaws.com" },
        reachable: true,
      },
      include: { keys: { orderBy: { firstSeenAt: "asc" } } },
    });
    // EKS rotates weekly: after 15 days a key first seen in this scan has appeared.
    expect(rotated.keys.some((k) => k.firstSeenAt.getTime() > Date.now() + 14 * DAY)).toBe(true);
    const stale = await h.db.finding.findMany({
      where: { organizationId: h.organizationId, ruleId: "issuer.key-rotation-stale", status: "open" },
    });
    expect(stale.map((f) => f.resourceArn)).toEqual([
      expect.stringContaining("oidc.eks.eu-west-1.amazonaws.com"),
    ]);
    expect(
      await h.db.finding.count({ where: { organizationId: h.organizationId, status: "open" } }),
    ).not.toBe(firstOpen);
  });
});
