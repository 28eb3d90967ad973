import { awsPrincipal, daysAgo, irsa, policy, role, trustwatchRoles } from "../policies";
import { SANDBOX_CA_THUMBPRINT, type ScenarioAccount } from "../types";
import { DEMO_ACCOUNTS, DEMO_EXTERNAL_ID, DEMO_ISSUERS, demoProviderArn, ISSUER_IDS } from "./ids";
import { ADMIN } from "./shared-roles";

/** How many preview-environment providers the quota account holds (provider.quota fires at ≥ 80 of 100). */
export const QUOTA_PROVIDER_COUNT = 82;

export function previewIssuerUrl(n: number): string {
  return `${DEMO_ISSUERS.previewBase}/env-${String(n).padStart(2, "0")}`;
}

/** Organization management account: Organizations enabled, no workloads. */
export function managementAccount(): ScenarioAccount {
  return {
    id: DEMO_ACCOUNTS.management,
    name: "example-corp-management",
    email: "aws+management@example-corp.com",
    regions: ["us-east-1"],
    providers: [],
    roles: [
      ...trustwatchRoles(DEMO_EXTERNAL_ID, daysAgo(30)),
      role(
        "OrganizationAccountAccessRole",
        policy(awsPrincipal(`arn:aws:iam::${DEMO_ACCOUNTS.management}:root`)),
        daysAgo(1000),
        { attachedPolicyArns: [ADMIN] },
      ),
    ],
    clusters: [],
  };
}

/**
 * provider.quota (low): 82 providers for preview environments. EKS in ap-east-1 (an opt-in region not
 * enabled here) answers UnrecognizedClientException.
 */
export function quotaAccount(): ScenarioAccount {
  const ACCT = DEMO_ACCOUNTS.quota;
  const created = daysAgo(150);
  const previews = Array.from({ length: QUOTA_PROVIDER_COUNT - 1 }, (_, i) => ({
    url: previewIssuerUrl(i + 1),
    clientIds: ["sts.amazonaws.com"],
    thumbprints: [SANDBOX_CA_THUMBPRINT],
    createdAt: created,
  }));
  return {
    id: ACCT,
    name: "sandbox",
    email: "aws+sandbox@example-corp.com",
    regions: ["us-east-1", "ap-east-1"],
    eksUnavailableRegions: ["ap-east-1"],
    providers: [
      {
        url: DEMO_ISSUERS.sandboxUse1,
        clientIds: ["sts.amazonaws.com"],
        thumbprints: [SANDBOX_CA_THUMBPRINT],
        createdAt: created,
      },
      ...previews,
    ],
    roles: [
      ...trustwatchRoles(DEMO_EXTERNAL_ID, daysAgo(30)),
      /** SAFE. */
      role(
        "sandbox-app",
        policy(
          irsa(
            demoProviderArn(ACCT, DEMO_ISSUERS.sandboxUse1),
            DEMO_ISSUERS.sandboxUse1,
            "system:serviceaccount:sandbox:app",
          ),
        ),
        created,
        {
          lastUsed: { date: daysAgo(3), region: "us-east-1" },
        },
      ),
    ],
    clusters: [
      {
        name: "sandbox-use1",
        region: "us-east-1",
        version: "1.32",
        status: "ACTIVE",
        issuerId: ISSUER_IDS.sandboxUse1,
        authenticationMode: "API",
        createdAt: created,
        podIdentityAssociations: [],
        identityProviderConfigs: [],
      },
    ],
  };
}
