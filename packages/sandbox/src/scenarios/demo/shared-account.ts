import { daysAgo, irsa, policy, role, STS_AUDIENCE, trustwatchRoles, webIdentity } from "../policies";
import { SANDBOX_CA_THUMBPRINT, type ScenarioAccount } from "../types";
import { DEMO_ACCOUNTS, DEMO_EXTERNAL_ID, DEMO_ISSUERS, demoProviderArn, ISSUER_IDS } from "./ids";
import { ADMIN, READ_ONLY, S3_READ } from "./shared-roles";

const ACCT = DEMO_ACCOUNTS.shared;
const GH = demoProviderArn(ACCT, DEMO_ISSUERS.github);
const GH_KEY = "token.actions.githubusercontent.com";
const TFC = demoProviderArn(ACCT, DEMO_ISSUERS.terraform);
const GITLAB = demoProviderArn(ACCT, DEMO_ISSUERS.gitlab);
const recent = { date: daysAgo(1), region: "us-east-1" };

/** Shared services / CI: multi-tenant issuers (GitHub, Terraform Cloud), cross-account IRSA, a huge JWKS. */
export function sharedAccount(): ScenarioAccount {
  const created = daysAgo(500);
  const provider = (url: string, clientIds = [STS_AUDIENCE]) => ({
    url,
    clientIds,
    thumbprints: [SANDBOX_CA_THUMBPRINT],
    createdAt: created,
  });
  return {
    id: ACCT,
    name: "shared-services",
    email: "aws+shared-services@example-corp.com",
    regions: ["us-east-1", "eu-west-1"],
    providers: [
      provider(DEMO_ISSUERS.github),
      /** Cross-account IRSA: provider for prod's data-use1 cluster, which is not in this account (not orphaned org-wide). */
      provider(DEMO_ISSUERS.dataUse1),
      /** Its issuer's discovery names another issuer (issuer.unreachable). */
      provider(DEMO_ISSUERS.gitlab, ["gitlab"]),
      /** Its issuer's discovery is not JSON (issuer.unreachable). */
      provider(DEMO_ISSUERS.terraform, ["aws.workload.identity"]),
      /** Its issuer serves a ~1.5 MB JWKS. */
      provider(DEMO_ISSUERS.toolsEuw1),
    ],
    roles: [
      ...trustwatchRoles(DEMO_EXTERNAL_ID, daysAgo(30)),
      /** SAFE GitHub role: exact repository and branch. */
      role(
        "gha-deploy-platform",
        policy(
          webIdentity(GH, {
            StringEquals: {
              [`${GH_KEY}:aud`]: STS_AUDIENCE,
              [`${GH_KEY}:sub`]: "repo:example-corp/platform:ref:refs/heads/main",
            },
          }),
        ),
        created,
        { attachedPolicyArns: [READ_ONLY], lastUsed: recent },
      ),
      /** trust.shared-issuer-no-sub (critical): any GitHub repository in the world can assume it. */
      role(
        "gha-no-sub",
        policy(webIdentity(GH, { StringEquals: { [`${GH_KEY}:aud`]: STS_AUDIENCE } })),
        created,
        { attachedPolicyArns: [S3_READ], lastUsed: recent },
      ),
      /** trust.shared-issuer-wildcard (medium, raised: admin-like): every repository of the org, any branch. */
      role(
        "gha-org-wildcard",
        policy(
          webIdentity(GH, {
            StringEquals: { [`${GH_KEY}:aud`]: STS_AUDIENCE },
            StringLike: { [`${GH_KEY}:sub`]: "repo:example-corp/*" },
          }),
        ),
        created,
        { attachedPolicyArns: [ADMIN], lastUsed: recent },
      ),
      /** trust.shared-issuer-wildcard (high): `repo:*`, any repository of any owner. */
      role(
        "gha-any-repo",
        policy(
          webIdentity(GH, {
            StringEquals: { [`${GH_KEY}:aud`]: STS_AUDIENCE },
            StringLike: { [`${GH_KEY}:sub`]: "repo:*" },
          }),
        ),
        created,
      ),
      /** trust.shared-issuer-wildcard (medium): any Terraform Cloud workspace of the organization. */
      role(
        "tfc-any-workspace",
        policy(
          webIdentity(TFC, {
            StringEquals: { "app.terraform.io:aud": "aws.workload.identity" },
            StringLike: {
              "app.terraform.io:sub": "organization:example-corp:project:*:workspace:*:run_phase:*",
            },
          }),
        ),
        created,
        { attachedPolicyArns: [ADMIN] },
      ),
      /** SAFE GitLab role (its issuer is misconfigured, not its trust). */
      role(
        "gitlab-deployer",
        policy(
          webIdentity(GITLAB, {
            StringEquals: {
              "gitlab.example-corp.com:aud": "gitlab",
              "gitlab.example-corp.com:sub": "project_path:platform/infra:ref_type:branch:ref:main",
            },
          }),
        ),
        created,
      ),
      /** SAFE cross-account IRSA role for pods of prod's data-use1 cluster. */
      role(
        "analytics-xacct-irsa",
        policy(
          irsa(
            demoProviderArn(ACCT, DEMO_ISSUERS.dataUse1),
            DEMO_ISSUERS.dataUse1,
            "system:serviceaccount:analytics:reader",
          ),
        ),
        created,
        {
          attachedPolicyArns: [S3_READ],
          lastUsed: recent,
        },
      ),
      /** SAFE role on the huge-JWKS issuer. */
      role(
        "tools-argocd",
        policy(
          irsa(
            demoProviderArn(ACCT, DEMO_ISSUERS.toolsEuw1),
            DEMO_ISSUERS.toolsEuw1,
            "system:serviceaccount:argocd:server",
          ),
        ),
        created,
        {
          lastUsed: recent,
        },
      ),
    ],
    clusters: [
      {
        name: "tools-euw1",
        region: "eu-west-1",
        version: "1.31",
        status: "ACTIVE",
        issuerId: ISSUER_IDS.toolsEuw1,
        authenticationMode: "API",
        createdAt: created,
        podIdentityAssociations: [],
        identityProviderConfigs: [],
      },
    ],
  };
}
