import { AUDIT_ROLE_NAME } from "../../constants";
import { daysAgo, trustwatchTrust } from "../policies";
import type { Scenario, ScenarioIssuer } from "../types";
import { DEMO_ACCOUNTS, DEMO_EXTERNAL_ID, DEMO_ISSUERS, DEMO_ORG_ID } from "./ids";
import { managementAccount, previewIssuerUrl, QUOTA_PROVIDER_COUNT, quotaAccount } from "./other-accounts";
import { prodAccount } from "./prod-account";
import { sharedAccount } from "./shared-account";
import { stagingAccount } from "./staging-account";

export { DEMO_ACCOUNTS, DEMO_EXTERNAL_ID, DEMO_ISSUERS, DEMO_ORG_ID, ISSUER_IDS } from "./ids";
export { QUOTA_PROVIDER_COUNT } from "./other-accounts";

/** Issuers beyond the clusters' EKS issuers (served by default), and every issuer fault of the demo. */
function demoIssuers(): ScenarioIssuer[] {
  return [
    /** issuer.key-rotation-stale (low): the same signing key for 30 days (EKS rotates every 7). */
    { url: DEMO_ISSUERS.stagingEuw1, rotation: { frozenSince: daysAgo(30) } },
    /** issuer.unreachable (high): discovery and JWKS answer 503. */
    { url: DEMO_ISSUERS.legacyEuw1, faults: ["unreachable"] },
    { url: DEMO_ISSUERS.toolsEuw1, faults: ["huge-jwks"] },
    { url: DEMO_ISSUERS.github, rotation: { everyDays: 30, anchor: "2024-01-01T00:00:00Z" } },
    /** issuer.unreachable: discovery's `issuer` is not the URL. */
    { url: DEMO_ISSUERS.gitlab, faults: ["wrong-issuer"] },
    /** issuer.unreachable: discovery is not JSON. */
    { url: DEMO_ISSUERS.terraform, faults: ["bad-json"] },
    { url: DEMO_ISSUERS.login },
    /** Certificate faults need their own hosts: certificates are chosen per SNI host. */
    { url: DEMO_ISSUERS.ssoExpired, faults: ["expired-cert"] },
    { url: DEMO_ISSUERS.dexUntrusted, faults: ["untrusted-cert"] },
    ...Array.from({ length: QUOTA_PROVIDER_COUNT - 1 }, (_, i) => ({ url: previewIssuerUrl(i + 1) })),
  ];
}

/** Builds the demo organization; dates are relative to the moment it is called. */
export function createDemoScenario(): Scenario {
  return {
    name: "demo",
    externalId: DEMO_EXTERNAL_ID,
    organization: {
      id: DEMO_ORG_ID,
      managementAccountId: DEMO_ACCOUNTS.management,
      managementEmail: "aws+management@example-corp.com",
      memberAccountIds: [
        DEMO_ACCOUNTS.prod,
        DEMO_ACCOUNTS.staging,
        DEMO_ACCOUNTS.shared,
        DEMO_ACCOUNTS.quota,
      ],
    },
    accounts: [managementAccount(), prodAccount(), stagingAccount(), sharedAccount(), quotaAccount()],
    issuers: demoIssuers(),
  };
}

/** The demo organization: a management account, four members, two regions, every rule triggered at least once. */
export const demoScenario: Scenario = createDemoScenario();

/**
 * A copy of `scenario` where one account's audit role expects a different ExternalId, so the worker's
 * AssumeRole there fails with AccessDenied (a tenant that registered the wrong ExternalId).
 */
export function withAuditRoleExternalId(scenario: Scenario, accountId: string, externalId: string): Scenario {
  const copy = structuredClone(scenario);
  const account = copy.accounts.find((a) => a.id === accountId);
  const audit = account?.roles.find((r) => r.name === AUDIT_ROLE_NAME);
  if (!audit) throw new Error(`no ${AUDIT_ROLE_NAME} role in account ${accountId}`);
  audit.trustPolicy = trustwatchTrust(externalId);
  return copy;
}
