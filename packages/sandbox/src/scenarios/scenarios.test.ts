import { describe, expect, it } from "vitest";
import { AUDIT_ROLE_NAME, REMEDIATION_ROLE_NAME } from "../constants";
import { validateTrustPolicy } from "../policy/validate-trust-policy";
import { canAssume } from "../sts/can-assume";
import { DEMO_ACCOUNTS, DEMO_EXTERNAL_ID, demoScenario, withAuditRoleExternalId } from "./demo";
import { generateLargeOrg } from "./large-org";

const worker = (externalId: string | undefined) => ({
  action: "sts:AssumeRole",
  principal: { type: "AWS" as const, id: "arn:aws:iam::999999999999:user/trustwatch-worker" },
  context: { "sts:ExternalId": externalId, "aws:PrincipalAccount": "999999999999" },
});

describe("demo scenario", () => {
  it("has a management account with four members, each with Trustwatch roles that need the ExternalId", () => {
    expect(demoScenario.organization?.memberAccountIds).toHaveLength(4);
    for (const account of demoScenario.accounts) {
      for (const name of [AUDIT_ROLE_NAME, REMEDIATION_ROLE_NAME]) {
        const trust = account.roles.find((r) => r.name === name)?.trustPolicy ?? "";
        expect(canAssume(trust, worker(DEMO_EXTERNAL_ID)).allowed).toBe(true);
        expect(canAssume(trust, worker("other")).allowed).toBe(false);
      }
    }
  });

  it("writes only trust policies IAM would accept, with unique role names", () => {
    for (const account of demoScenario.accounts) {
      for (const role of account.roles)
        expect(() => validateTrustPolicy(role.trustPolicy), role.name).not.toThrow();
      expect(new Set(account.roles.map((r) => r.name)).size).toBe(account.roles.length);
    }
  });

  it("puts at least 80 providers in the quota account and real-looking issuer ids on clusters", () => {
    const quota = demoScenario.accounts.find((a) => a.id === DEMO_ACCOUNTS.quota);
    expect(quota?.providers.length).toBeGreaterThanOrEqual(80);
    for (const c of demoScenario.accounts.flatMap((a) => a.clusters))
      expect(c.issuerId).toMatch(/^[0-9A-F]{32}$/);
  });

  it("builds the wrong-ExternalId variant without touching the original", () => {
    const variant = withAuditRoleExternalId(demoScenario, DEMO_ACCOUNTS.prod, "not-the-tenant");
    const trust = (s: typeof demoScenario) =>
      s.accounts.find((a) => a.id === DEMO_ACCOUNTS.prod)?.roles.find((r) => r.name === AUDIT_ROLE_NAME)
        ?.trustPolicy ?? "";
    expect(canAssume(trust(variant), worker(DEMO_EXTERNAL_ID)).allowed).toBe(false);
    expect(canAssume(trust(demoScenario), worker(DEMO_EXTERNAL_ID)).allowed).toBe(true);
  });
});

describe("large organization generator", () => {
  it("builds 1,000 accounts × 2 regions × 3 clusters × 50 roles quickly and deterministically", () => {
    const start = performance.now();
    const org = generateLargeOrg({
      accounts: 1000,
      regionsPerAccount: 2,
      clustersPerRegion: 3,
      rolesPerAccount: 50,
      seed: 7,
    });
    expect(performance.now() - start).toBeLessThan(3000);
    expect(org.accounts).toHaveLength(1000);
    expect(org.organization?.memberAccountIds).toHaveLength(999);
    expect(org.accounts[5]?.clusters).toHaveLength(6);
    expect(org.accounts[5]?.roles).toHaveLength(52);
    const again = generateLargeOrg({
      accounts: 3,
      regionsPerAccount: 2,
      clustersPerRegion: 3,
      rolesPerAccount: 50,
      seed: 7,
    });
    expect(again.accounts[2]).toEqual(org.accounts[2]);
  });
});
