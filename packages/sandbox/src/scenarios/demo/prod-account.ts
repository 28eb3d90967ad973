import { daysAgo, trustwatchRoles } from "../policies";
import { SANDBOX_CA_THUMBPRINT, type ScenarioAccount } from "../types";
import { DEMO_ACCOUNTS, DEMO_EXTERNAL_ID, DEMO_ISSUERS, ISSUER_IDS } from "./ids";
import { prodRoles } from "./prod-roles";

const ACCT = DEMO_ACCOUNTS.prod;
const role = (name: string) => `arn:aws:iam::${ACCT}:role/${name}`;

/** Production platform account: the busiest account, with most trust-policy findings. */
export function prodAccount(): ScenarioAccount {
  return {
    id: ACCT,
    name: "prod-platform",
    email: "aws+prod-platform@example-corp.com",
    regions: ["us-east-1", "eu-west-1"],
    providers: [
      /** provider.audience-drift (low/medium): an extra audience next to sts.amazonaws.com. */
      {
        url: DEMO_ISSUERS.prodUse1,
        clientIds: ["sts.amazonaws.com", "vault.example-corp.com"],
        thumbprints: [SANDBOX_CA_THUMBPRINT],
        createdAt: daysAgo(400),
        tags: [{ key: "alpha.eksctl.io/cluster-name", value: "prod-use1" }],
      },
      /** provider.thumbprint-drift: only an old thumbprint, not the issuer's current top intermediate. */
      {
        url: DEMO_ISSUERS.prodEuw1,
        clientIds: ["sts.amazonaws.com"],
        thumbprints: ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"],
        createdAt: daysAgo(380),
      },
    ],
    roles: [...trustwatchRoles(DEMO_EXTERNAL_ID, daysAgo(30)), ...prodRoles()],
    clusters: [
      {
        name: "prod-use1",
        region: "us-east-1",
        version: "1.31",
        status: "ACTIVE",
        issuerId: ISSUER_IDS.prodUse1,
        authenticationMode: "API",
        createdAt: daysAgo(400),
        podIdentityAssociations: [
          /** SAFE: conditioned role on a named service account. */
          {
            id: "a-payments0api00001",
            namespace: "payments",
            serviceAccount: "api",
            roleArn: role("pod-identity-payments"),
            createdAt: daysAgo(90),
          },
          /** podidentity.default-sa (medium): every pod of the namespace without its own SA gets the role. */
          {
            id: "a-default0default01",
            namespace: "default",
            serviceAccount: "default",
            roleArn: role("pod-identity-unconditioned"),
            createdAt: daysAgo(60),
          },
          /** podidentity.cross-account-no-externalid (high): the target role's trust lacks sts:ExternalId. */
          {
            id: "a-reports0exporter1",
            namespace: "reports",
            serviceAccount: "exporter",
            roleArn: role("pod-identity-xacct-source"),
            targetRoleArn: `arn:aws:iam::${DEMO_ACCOUNTS.staging}:role/xacct-reports-target`,
            externalId: "2c1d7e0a-5b8f-4f53-9a43-0d7e5e1f9b21",
            createdAt: daysAgo(45),
          },
          /** SAFE cross-account Pod Identity: the target role requires the association's ExternalId. */
          {
            id: "a-billing0sync00001",
            namespace: "billing",
            serviceAccount: "sync",
            roleArn: role("pod-identity-xacct-source"),
            targetRoleArn: `arn:aws:iam::${DEMO_ACCOUNTS.staging}:role/xacct-billing-target`,
            externalId: "8f0b5d3e-1c9a-4e27-b6d4-3a2f7c8e9d10",
            createdAt: daysAgo(45),
          },
        ],
        identityProviderConfigs: [
          /** SAFE user sign-in: https, groups claim and a required claim. */
          {
            name: "corp-login",
            issuerUrl: DEMO_ISSUERS.login,
            clientId: "eks-prod",
            usernameClaim: "email",
            groupsClaim: "groups",
            groupsPrefix: "oidc:",
            requiredClaims: { hd: "example-corp.com" },
            status: "ACTIVE",
          },
        ],
      },
      {
        name: "prod-euw1",
        region: "eu-west-1",
        version: "1.30",
        status: "ACTIVE",
        issuerId: ISSUER_IDS.prodEuw1,
        authenticationMode: "API_AND_CONFIG_MAP",
        createdAt: daysAgo(380),
        podIdentityAssociations: [],
        identityProviderConfigs: [
          /** access.idp-config-claims (info): no groups claim and no required claims. */
          {
            name: "corp-login-nogroups",
            issuerUrl: DEMO_ISSUERS.login,
            clientId: "eks-prod-eu",
            usernameClaim: "sub",
            status: "ACTIVE",
          },
        ],
      },
      /** Cross-account IRSA: this cluster's IAM provider lives in the shared-services account, not here. */
      {
        name: "data-use1",
        region: "us-east-1",
        version: "1.31",
        status: "ACTIVE",
        issuerId: ISSUER_IDS.dataUse1,
        authenticationMode: "API",
        createdAt: daysAgo(200),
        podIdentityAssociations: [],
        identityProviderConfigs: [
          /** access.idp-config-invalid (medium): the issuer's chain comes from an untrusted root. */
          {
            name: "dex",
            issuerUrl: DEMO_ISSUERS.dexUntrusted,
            clientId: "eks-data",
            usernameClaim: "email",
            groupsClaim: "groups",
            status: "ACTIVE",
          },
        ],
      },
    ],
  };
}
