import { stripScheme } from "../../state/arns";
import {
  awsPrincipal,
  daysAgo,
  irsa,
  podIdentity,
  policy,
  role,
  STS_AUDIENCE,
  webIdentity,
} from "../policies";
import type { ScenarioRole } from "../types";
import { DEMO_ACCOUNTS, DEMO_ISSUERS, demoProviderArn } from "./ids";
import { ADMIN, DYNAMO, S3_READ } from "./shared-roles";

const ACCT = DEMO_ACCOUNTS.prod;
const P = demoProviderArn(ACCT, DEMO_ISSUERS.prodUse1);
const KEY = stripScheme(DEMO_ISSUERS.prodUse1);
const OTHER_KEY = stripScheme(DEMO_ISSUERS.prodEuw1);
const recent = { date: daysAgo(2), region: "us-east-1" };

/** Workload roles of the production platform account, one per rule of DESIGN.md's catalogue. */
export function prodRoles(): ScenarioRole[] {
  const created = daysAgo(400);
  return [
    /** SAFE: exact service account and audience (what eksctl writes). */
    role(
      "payments-api",
      policy(irsa(P, DEMO_ISSUERS.prodUse1, "system:serviceaccount:payments:api")),
      created,
      {
        attachedPolicyArns: [DYNAMO],
        lastUsed: recent,
      },
    ),
    /** SAFE: an exact list of service accounts. */
    role(
      "orders-workers",
      policy(
        irsa(P, DEMO_ISSUERS.prodUse1, [
          "system:serviceaccount:orders:worker",
          "system:serviceaccount:orders:scheduler",
        ]),
      ),
      created,
      {
        attachedPolicyArns: [S3_READ],
        lastUsed: recent,
      },
    ),
    /** trust.no-condition (critical): any token of the issuer; AdministratorAccess makes it admin-like. */
    role("irsa-no-condition", policy(webIdentity(P)), created, {
      attachedPolicyArns: [ADMIN],
      lastUsed: recent,
    }),
    /** trust.no-sub (high): audience-only condition, any service account in the cluster. */
    role(
      "irsa-audience-only",
      policy(webIdentity(P, { StringEquals: { [`${KEY}:aud`]: STS_AUDIENCE } })),
      created,
      { lastUsed: recent },
    ),
    /** trust.wildcard-sub (high, admin-like): StringLike `system:serviceaccount:*:*`. */
    role(
      "irsa-any-service-account",
      policy(
        webIdentity(P, {
          StringLike: { [`${KEY}:sub`]: "system:serviceaccount:*:*" },
          StringEquals: { [`${KEY}:aud`]: STS_AUDIENCE },
        }),
      ),
      created,
      { attachedPolicyArns: [ADMIN], lastUsed: recent },
    ),
    /** trust.namespace-wildcard-sub (medium): every service account of one namespace. */
    role(
      "irsa-monitoring-namespace",
      policy(
        webIdentity(P, {
          StringLike: { [`${KEY}:sub`]: "system:serviceaccount:monitoring:*" },
          StringEquals: { [`${KEY}:aud`]: STS_AUDIENCE },
        }),
      ),
      created,
      { lastUsed: recent },
    ),
    /** trust.namespace-wildcard-sub (high): one service account name in any namespace. */
    role(
      "irsa-fluent-bit-any-namespace",
      policy(
        webIdentity(P, {
          StringLike: { [`${KEY}:sub`]: "system:serviceaccount:*:fluent-bit" },
          StringEquals: { [`${KEY}:aud`]: STS_AUDIENCE },
        }),
      ),
      created,
      { lastUsed: recent },
    ),
    /** trust.no-aud (medium: the prod-use1 provider has an extra audience): sub checked, aud not. */
    role(
      "irsa-no-aud",
      policy(irsa(P, DEMO_ISSUERS.prodUse1, "system:serviceaccount:search:indexer", false)),
      created,
      { lastUsed: recent },
    ),
    /** trust.literal-wildcard (info): StringEquals treats `*` literally, so nobody can assume it (broken). */
    role(
      "irsa-literal-wildcard",
      policy(irsa(P, DEMO_ISSUERS.prodUse1, "system:serviceaccount:*:*")),
      created,
    ),
    /** trust.key-issuer-mismatch (medium): keys name prod-euw1's issuer, principal is prod-use1: dead role. */
    role(
      "irsa-wrong-issuer-keys",
      policy(
        webIdentity(P, {
          StringEquals: {
            [`${OTHER_KEY}:sub`]: "system:serviceaccount:payments:api",
            [`${OTHER_KEY}:aud`]: STS_AUDIENCE,
          },
        }),
      ),
      created,
    ),
    /** trust.key-issuer-mismatch (high) + trust.absent-tolerant-operator: IfExists on foreign keys is always true: open. */
    role(
      "irsa-wrong-issuer-keys-ifexists",
      policy(
        webIdentity(P, {
          StringEqualsIfExists: { [`${OTHER_KEY}:sub`]: "system:serviceaccount:payments:api" },
        }),
      ),
      created,
      { lastUsed: recent },
    ),
    /** trust.absent-tolerant-operator (medium): ForAllValues on the single-valued sub. */
    role(
      "irsa-forallvalues-sub",
      policy(
        webIdentity(P, {
          "ForAllValues:StringEquals": { [`${KEY}:sub`]: ["system:serviceaccount:billing:api"] },
          StringEquals: { [`${KEY}:aud`]: STS_AUDIENCE },
        }),
      ),
      created,
      { lastUsed: recent },
    ),
    /** role.long-session (low): 12-hour sessions for a workload role; otherwise safe. */
    role(
      "irsa-long-session",
      policy(irsa(P, DEMO_ISSUERS.prodUse1, "system:serviceaccount:etl:runner")),
      created,
      {
        maxSessionDuration: 43200,
        lastUsed: recent,
      },
    ),
    /** role.unused (low): last used 200 days ago. */
    role(
      "irsa-unused",
      policy(irsa(P, DEMO_ISSUERS.prodUse1, "system:serviceaccount:legacy:cron")),
      created,
      {
        lastUsed: { date: daysAgo(200), region: "us-east-1" },
      },
    ),
    /** role.unused (low): never used since creation 400 days ago. */
    role(
      "irsa-never-used",
      policy(irsa(P, DEMO_ISSUERS.prodUse1, "system:serviceaccount:experiments:notebook")),
      created,
    ),
    /** trust.dangling-provider (low): trusts a provider for staging-use1's issuer that does not exist in this account. */
    role(
      "irsa-dangling-provider",
      policy(
        irsa(
          demoProviderArn(ACCT, DEMO_ISSUERS.stagingUse1),
          DEMO_ISSUERS.stagingUse1,
          "system:serviceaccount:qa:runner",
        ),
      ),
      created,
    ),
    /** trust.foreign-provider (low): trusts the data-use1 provider that lives in the shared-services account. */
    role(
      "irsa-foreign-provider",
      policy(
        irsa(
          demoProviderArn(DEMO_ACCOUNTS.shared, DEMO_ISSUERS.dataUse1),
          DEMO_ISSUERS.dataUse1,
          "system:serviceaccount:analytics:reader",
        ),
      ),
      created,
    ),
    /** SAFE Pod Identity: conditions on the session tags EKS sets. Used by the payments/api association. */
    role(
      "pod-identity-payments",
      policy(
        podIdentity({
          StringEquals: {
            "aws:RequestTag/eks-cluster-name": "prod-use1",
            "aws:RequestTag/kubernetes-namespace": "payments",
          },
        }),
      ),
      created,
      { attachedPolicyArns: [DYNAMO], lastUsed: recent },
    ),
    /** podidentity.unconditioned-trust (medium): any Pod Identity association in the account can use it. */
    role("pod-identity-unconditioned", policy(podIdentity()), created, {
      attachedPolicyArns: [S3_READ],
      lastUsed: recent,
    }),
    /** podidentity.stale-irsa-trust (low): trusts both Pod Identity and the OIDC provider (migration left over). */
    role(
      "pod-identity-and-irsa",
      policy(podIdentity(), irsa(P, DEMO_ISSUERS.prodUse1, "system:serviceaccount:checkout:api")),
      created,
      { lastUsed: recent },
    ),
    /** Source role of cross-account Pod Identity associations (EKS assumes it, then the target role). */
    role("pod-identity-xacct-source", policy(podIdentity()), created, { lastUsed: recent }),
    /** Not a workload role: a service role, so long-session/unused rules must not fire on it. */
    role(
      "eks-cluster-role",
      policy({ Effect: "Allow", Principal: { Service: "eks.amazonaws.com" }, Action: "sts:AssumeRole" }),
      created,
      {
        attachedPolicyArns: ["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"],
      },
    ),
    /** Not a workload role: a human break-glass role trusting the management account, with MFA. */
    role(
      "BreakGlassAdmin",
      policy(
        awsPrincipal(`arn:aws:iam::${DEMO_ACCOUNTS.management}:root`, {
          Bool: { "aws:MultiFactorAuthPresent": "true" },
        }),
      ),
      created,
      { attachedPolicyArns: [ADMIN], maxSessionDuration: 14400 },
    ),
  ];
}
