import { DEMO_ACCOUNTS, demoScenario } from "@trustwatch/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, type ScanProgress } from "./harness";

/**
 * The specification of the demo organization: every finding a scan must open, as
 * `ruleId severity resource`. Each scenario item documents the rule it is built to trigger
 * (packages/sandbox/src/scenarios/demo); a change to a rule or to the scenario shows here.
 */
const EXPECTED_FINDINGS = `
access.idp-config-claims info cluster/prod-euw1/identityproviderconfig/oidc/corp-login-nogroups
access.idp-config-claims info cluster/legacy-euw1/identityproviderconfig/oidc/corp-sso
access.idp-config-claims info cluster/staging-euw1/identityproviderconfig/oidc/dex-http
access.idp-config-claims info cluster/data-use1/identityproviderconfig/oidc/dex
access.idp-config-invalid medium cluster/prod-euw1/identityproviderconfig/oidc/corp-login-nogroups
access.idp-config-invalid medium cluster/legacy-euw1/identityproviderconfig/oidc/corp-sso
access.idp-config-invalid medium cluster/staging-euw1/identityproviderconfig/oidc/dex-http
access.idp-config-invalid medium cluster/data-use1/identityproviderconfig/oidc/dex
access.idp-config-invalid medium cluster/prod-use1/identityproviderconfig/oidc/corp-login
issuer.unreachable high http://dex.internal.example-corp.net
issuer.unreachable high https://app.terraform.io
issuer.unreachable high https://dex.example-corp.net
issuer.unreachable high https://gitlab.example-corp.com
issuer.unreachable high https://oidc.eks.eu-west-1.amazonaws.com/id/150DF1197BAFD25BD001FCF0E1242C66
issuer.unreachable high https://oidc.eks.us-east-1.amazonaws.com/id/9DF1C213E7C3F5F46DA53CD4BDBA822C
issuer.unreachable high https://sso.example-corp.com
podidentity.cross-account-no-externalid high role/xacct-reports-target
podidentity.default-sa medium podidentityassociation/prod-use1/a-default0default01
podidentity.stale-irsa-trust low role/pod-identity-and-irsa
podidentity.unconditioned-trust medium role/pod-identity-and-irsa
podidentity.unconditioned-trust medium role/pod-identity-unconditioned
podidentity.unconditioned-trust medium role/pod-identity-xacct-source
provider.audience-drift low oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/25D3513675889C3257982CF891B4F5A0
provider.audience-drift medium oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/AA1AEBF5088968431B1A85C6B37F361F
provider.missing high cluster/staging-use1
provider.orphaned medium oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/9DF1C213E7C3F5F46DA53CD4BDBA822C
provider.quota low 444444444444:root
provider.thumbprint-drift medium oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/44C1C4205655539D5502E2E72A621AB7
role.long-session low role/irsa-long-session
role.unused low role/irsa-dangling-provider
role.unused low role/irsa-foreign-provider
role.unused low role/irsa-literal-wildcard
role.unused low role/irsa-never-used
role.unused low role/irsa-unused
role.unused low role/irsa-wrong-issuer-keys
role.unused low role/batch-legacy-irsa
role.unused low role/staging-app-irsa
role.unused low role/gha-any-repo
role.unused low role/gitlab-deployer
role.unused medium role/tfc-any-workspace
trust.absent-tolerant-operator medium role/irsa-forallvalues-sub
trust.dangling-provider low role/irsa-dangling-provider
trust.dangling-provider low role/staging-app-irsa
trust.foreign-provider low role/irsa-foreign-provider
trust.key-issuer-mismatch high role/irsa-wrong-issuer-keys-ifexists
trust.key-issuer-mismatch medium role/irsa-wrong-issuer-keys
trust.key-issuer-mismatch medium role/irsa-wrong-issuer-keys
trust.literal-wildcard info role/irsa-literal-wildcard
trust.namespace-wildcard-sub high role/irsa-fluent-bit-any-namespace
trust.namespace-wildcard-sub medium role/irsa-monitoring-namespace
trust.no-aud medium role/irsa-no-aud
trust.no-condition critical role/irsa-no-condition
trust.no-sub high role/irsa-audience-only
trust.no-sub high role/irsa-wrong-issuer-keys-ifexists
trust.shared-issuer-no-sub critical role/gha-no-sub
trust.shared-issuer-wildcard high role/gha-any-repo
trust.shared-issuer-wildcard high role/gha-org-wildcard
trust.shared-issuer-wildcard high role/tfc-any-workspace
trust.wildcard-sub critical role/irsa-any-service-account
`
  .trim()
  .split("\n")
  .sort();

/** The resource's identifying tail: the part after the account id, or the whole issuer URL. */
function tail(arn: string): string {
  const m = /^arn:aws:[a-z]+:[a-z0-9-]*:\d{12}:(.+)$/.exec(arn);
  if (m?.[1] && arn.endsWith(":root")) return arn.split("::")[1] ?? arn;
  return m?.[1] ?? arn;
}

describe("a scan of the demo organization (sandbox + PostgreSQL + Redis)", () => {
  let h: Harness;
  let scan: ScanProgress;
  beforeAll(async () => {
    h = await createHarness(demoScenario);
    h.startWorker();
    scan = await h.runScan();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("succeeds for every account, recording the region where EKS is unavailable", () => {
    expect(scan.status).toBe("succeeded");
    expect(scan.accountsTotal).toBe(demoScenario.accounts.length);
    expect(scan.accountResults.every((r) => r.status === "succeeded")).toBe(true);
    const sandboxAccount = scan.accountResults.find((r) => r.awsAccount.accountId === DEMO_ACCOUNTS.quota);
    expect(sandboxAccount?.warnings).toEqual([
      expect.objectContaining({ service: "eks", region: "ap-east-1" }),
    ]);
  });

  it("stores exactly the scenario's inventory", async () => {
    const scenario = demoScenario.accounts;
    const clusters = scenario.flatMap((a) =>
      a.clusters.filter((c) => a.regions.includes(c.region) && !a.eksUnavailableRegions?.includes(c.region)),
    );
    const live = { organizationId: h.organizationId, goneAt: null };
    expect(await h.db.iamRole.count({ where: live })).toBe(scenario.reduce((n, a) => n + a.roles.length, 0));
    expect(await h.db.oidcProvider.count({ where: live })).toBe(
      scenario.reduce((n, a) => n + a.providers.length, 0),
    );
    expect(await h.db.cluster.count({ where: live })).toBe(clusters.length);
    expect(await h.db.podIdentityAssociation.count({ where: live })).toBe(
      clusters.reduce((n, c) => n + c.podIdentityAssociations.length, 0),
    );
    expect(await h.db.identityProviderConfig.count({ where: live })).toBe(
      clusters.reduce((n, c) => n + c.identityProviderConfigs.length, 0),
    );
    // Trust policies are stored as IAM returns them (URL-encoded) and keep their meaning.
    const role = await h.db.iamRole.findFirstOrThrow({ where: { name: "irsa-any-service-account" } });
    expect(JSON.parse(decodeURIComponent(role.trustPolicy)).Statement).toBeDefined();
  });

  it("records who can assume each role, in plain words", async () => {
    const role = await h.db.iamRole.findFirstOrThrow({
      where: { organizationId: h.organizationId, name: "irsa-any-service-account" },
      include: { subjects: true },
    });
    expect(role.subjects).toEqual([
      expect.objectContaining({
        principalType: "Federated",
        subKind: "patterns",
        description: expect.stringContaining("any service account"),
      }),
    ]);
    const roles = await h.db.iamRole.count({ where: { organizationId: h.organizationId } });
    const withSubjects = await h.db.iamRole.count({
      where: { organizationId: h.organizationId, subjects: { some: {} } },
    });
    expect(withSubjects).toBe(roles);
  });

  it("probes each distinct issuer once and records the thumbprint IAM expects", async () => {
    const issuer = await h.db.issuerObservation.findFirstOrThrow({
      where: {
        organizationId: h.organizationId,
        url: { startsWith: "https://oidc.eks.us-east-1.amazonaws.com/id/" },
        reachable: true,
      },
      include: { keys: true },
    });
    const host = new URL(issuer.url).host;
    expect(issuer.topIntermediateThumbprint).toBe(h.sandbox.expectedThumbprint(host));
    expect(issuer.keys.length).toBeGreaterThan(0);
    const urls = await h.db.issuerObservation.findMany({
      where: { organizationId: h.organizationId },
      select: { url: true },
    });
    expect(new Set(urls.map((u) => u.url)).size).toBe(urls.length);
  });

  it("probes each account's issuers in its own job, so evaluation has none left to probe", async () => {
    const observed = await h.db.issuerObservation.findMany({
      where: { organizationId: h.organizationId },
      select: { url: true, lastScanId: true },
    });
    expect(observed.every((o) => o.lastScanId === scan.id)).toBe(true);
    expect(scan.summary).toMatchObject({ issuers: observed.length, issuersProbedAtEvaluation: 0 });
  });

  it("opens exactly the expected findings", async () => {
    const findings = await h.db.finding.findMany({
      where: { organizationId: h.organizationId, status: "open" },
    });
    expect(findings.map((f) => `${f.ruleId} ${f.severity} ${tail(f.resourceArn)}`).sort()).toEqual(
      EXPECTED_FINDINGS,
    );
    expect(scan.summary).toMatchObject({ newCount: EXPECTED_FINDINGS.length, resolvedCount: 0 });
  });

  it("records a posture snapshot for the trend", async () => {
    const snapshot = await h.db.postureSnapshot.findUniqueOrThrow({ where: { scanId: scan.id } });
    expect(snapshot.critical).toBe(EXPECTED_FINDINGS.filter((f) => f.split(" ")[1] === "critical").length);
    expect(snapshot.score).toBeGreaterThan(0);
    expect(snapshot.score).toBeLessThan(100);
  });

  it("a second scan of an unchanged estate opens and resolves nothing", async () => {
    const again = await h.runScan();
    expect(again.status).toBe("succeeded");
    expect(again.summary).toMatchObject({
      newCount: 0,
      resolvedCount: 0,
      openCount: EXPECTED_FINDINGS.length,
    });
    expect(await h.db.finding.count({ where: { organizationId: h.organizationId } })).toBe(
      EXPECTED_FINDINGS.length,
    );
  });
});
