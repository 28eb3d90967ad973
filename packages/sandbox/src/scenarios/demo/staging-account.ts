import { awsPrincipal, daysAgo, irsa, policy, role, trustwatchRoles } from "../policies";
import { SANDBOX_CA_THUMBPRINT, type ScenarioAccount } from "../types";
import { DEMO_ACCOUNTS, DEMO_EXTERNAL_ID, DEMO_ISSUERS, demoProviderArn, ISSUER_IDS } from "./ids";
import { S3_READ } from "./shared-roles";

const ACCT = DEMO_ACCOUNTS.staging;
const SOURCE = `arn:aws:iam::${DEMO_ACCOUNTS.prod}:role/pod-identity-xacct-source`;

/** Staging: a cluster without IRSA, a drifting provider, an orphaned provider, an unreachable issuer. */
export function stagingAccount(): ScenarioAccount {
  const created = daysAgo(300);
  return {
    id: ACCT,
    name: "staging",
    email: "aws+staging@example-corp.com",
    regions: ["us-east-1", "eu-west-1"],
    providers: [
      /** provider.audience-drift (medium): client ids lack sts.amazonaws.com. Issuer keys are stale (see issuers). */
      {
        url: DEMO_ISSUERS.stagingEuw1,
        clientIds: ["kubernetes"],
        thumbprints: [SANDBOX_CA_THUMBPRINT],
        createdAt: created,
      },
      /** Healthy provider for an issuer that answers 503 (issuer.unreachable). */
      {
        url: DEMO_ISSUERS.legacyEuw1,
        clientIds: ["sts.amazonaws.com"],
        thumbprints: [SANDBOX_CA_THUMBPRINT],
        createdAt: daysAgo(900),
      },
      /** provider.orphaned (medium: a role trusts it): its cluster was deleted, in no scanned account. */
      {
        url: DEMO_ISSUERS.deletedUse1,
        clientIds: ["sts.amazonaws.com"],
        thumbprints: [SANDBOX_CA_THUMBPRINT],
        createdAt: daysAgo(700),
      },
    ],
    roles: [
      ...trustwatchRoles(DEMO_EXTERNAL_ID, daysAgo(30)),
      /** provider.missing (high) + trust.dangling-provider: trusts staging-use1's provider, never created. */
      role(
        "staging-app-irsa",
        policy(
          irsa(
            demoProviderArn(ACCT, DEMO_ISSUERS.stagingUse1),
            DEMO_ISSUERS.stagingUse1,
            "system:serviceaccount:app:web",
          ),
        ),
        created,
      ),
      /** SAFE conditions on the drifting provider (broken in practice: the provider does not accept sts.amazonaws.com). */
      role(
        "staging-web",
        policy(
          irsa(
            demoProviderArn(ACCT, DEMO_ISSUERS.stagingEuw1),
            DEMO_ISSUERS.stagingEuw1,
            "system:serviceaccount:web:frontend",
          ),
        ),
        created,
        {
          lastUsed: { date: daysAgo(10), region: "eu-west-1" },
        },
      ),
      /** Makes the orphaned provider medium: a role still trusts it. */
      role(
        "batch-legacy-irsa",
        policy(
          irsa(
            demoProviderArn(ACCT, DEMO_ISSUERS.deletedUse1),
            DEMO_ISSUERS.deletedUse1,
            "system:serviceaccount:batch:runner",
          ),
        ),
        daysAgo(700),
        {
          lastUsed: { date: daysAgo(120), region: "us-east-1" },
        },
      ),
      /** SAFE role on the unreachable issuer's provider. */
      role(
        "legacy-api",
        policy(
          irsa(
            demoProviderArn(ACCT, DEMO_ISSUERS.legacyEuw1),
            DEMO_ISSUERS.legacyEuw1,
            "system:serviceaccount:legacy:api",
          ),
        ),
        daysAgo(900),
        {
          lastUsed: { date: daysAgo(1), region: "eu-west-1" },
        },
      ),
      /** Target of prod's cross-account Pod Identity association a-reports0exporter1: no sts:ExternalId (podidentity.cross-account-no-externalid). */
      role("xacct-reports-target", policy(awsPrincipal(SOURCE)), created, { attachedPolicyArns: [S3_READ] }),
      /** SAFE target of association a-billing0sync00001: requires its ExternalId. */
      role(
        "xacct-billing-target",
        policy(
          awsPrincipal(SOURCE, {
            StringEquals: { "sts:ExternalId": "8f0b5d3e-1c9a-4e27-b6d4-3a2f7c8e9d10" },
          }),
        ),
        created,
        { attachedPolicyArns: [S3_READ] },
      ),
    ],
    clusters: [
      /** provider.missing: issuer with no IAM provider (IRSA never enabled), referenced by staging-app-irsa. */
      {
        name: "staging-use1",
        region: "us-east-1",
        version: "1.31",
        status: "ACTIVE",
        issuerId: ISSUER_IDS.stagingUse1,
        authenticationMode: "API_AND_CONFIG_MAP",
        createdAt: created,
        podIdentityAssociations: [],
        identityProviderConfigs: [],
      },
      {
        name: "staging-euw1",
        region: "eu-west-1",
        version: "1.29",
        status: "ACTIVE",
        issuerId: ISSUER_IDS.stagingEuw1,
        authenticationMode: "API_AND_CONFIG_MAP",
        createdAt: created,
        podIdentityAssociations: [],
        identityProviderConfigs: [
          /** access.idp-config-invalid (medium): issuer is http://. */
          {
            name: "dex-http",
            issuerUrl: "http://dex.internal.example-corp.net",
            clientId: "eks-staging",
            usernameClaim: "email",
            groupsClaim: "groups",
            status: "ACTIVE",
          },
        ],
      },
      {
        name: "legacy-euw1",
        region: "eu-west-1",
        version: "1.28",
        status: "ACTIVE",
        issuerId: ISSUER_IDS.legacyEuw1,
        authenticationMode: "CONFIG_MAP",
        createdAt: daysAgo(900),
        podIdentityAssociations: [],
        identityProviderConfigs: [
          /** access.idp-config-invalid (medium): the issuer's certificate has expired. */
          {
            name: "corp-sso",
            issuerUrl: DEMO_ISSUERS.ssoExpired,
            clientId: "eks-legacy",
            usernameClaim: "email",
            groupsClaim: "groups",
            status: "ACTIVE",
          },
        ],
      },
    ],
  };
}
