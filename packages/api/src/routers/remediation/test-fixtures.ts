import { evaluate, type Inventory } from "@trustwatch/core";
import { createScan, type Db, persistAccountSnapshot, reconcileFindings } from "@trustwatch/db";
import type { Queues } from "@trustwatch/jobs";

export const ACCOUNT = "111111111111";
export const ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/REMEDIATION0TEST";
export const PROVIDER_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/${ISSUER}`;
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/irsa-wildcard`;

const WILDCARD_TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { Federated: PROVIDER_ARN },
      Action: "sts:AssumeRoleWithWebIdentity",
      Condition: {
        StringLike: { [`${ISSUER}:sub`]: "system:serviceaccount:*:*" },
        StringEquals: { [`${ISSUER}:aud`]: "sts.amazonaws.com" },
      },
    },
  ],
});

/** One account scanned: a cluster, its provider, a role with a wildcard sub; findings reconciled. */
export async function seedScannedWorld(db: Db, organizationId: string) {
  const account = await db.awsAccount.create({
    data: {
      organizationId,
      accountId: ACCOUNT,
      name: "prod",
      auditRoleArn: `arn:aws:iam::${ACCOUNT}:role/TrustwatchAudit`,
      remediationRoleArn: `arn:aws:iam::${ACCOUNT}:role/TrustwatchRemediation`,
      regions: ["us-east-1"],
    },
  });
  const scan = await createScan(db, organizationId, { trigger: "manual" });
  const now = new Date();
  const inventory: Inventory = {
    accounts: [{ accountId: ACCOUNT, name: "prod" }],
    providers: [
      {
        arn: PROVIDER_ARN,
        accountId: ACCOUNT,
        url: ISSUER,
        clientIds: ["sts.amazonaws.com"],
        thumbprints: [],
        tags: {},
        createdAt: null,
      },
    ],
    clusters: [
      {
        arn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/prod`,
        accountId: ACCOUNT,
        region: "us-east-1",
        name: "prod",
        issuerUrl: `https://${ISSUER}`,
        version: "1.31",
        status: "ACTIVE",
        authenticationMode: "API",
      },
    ],
    identityProviderConfigs: [],
    issuers: [],
    roles: [
      {
        arn: ROLE_ARN,
        accountId: ACCOUNT,
        name: "irsa-wildcard",
        path: "/",
        trustPolicy: WILDCARD_TRUST,
        attachedPolicies: [],
        inlinePolicies: [],
        maxSessionDuration: 3600,
        lastUsedAt: now,
        createdAt: now,
      },
    ],
    podIdentityAssociations: [],
  };
  await persistAccountSnapshot(db, {
    organizationId,
    awsAccountId: account.id,
    scanId: scan.id,
    seenAt: now,
    completeRegions: ["us-east-1"],
    ...inventory,
  });
  await reconcileFindings(db, organizationId, scan.id, evaluate(inventory, { now }), now);
  await db.scan.update({ where: { id: scan.id }, data: { status: "succeeded", finishedAt: now } });
  const finding = await db.finding.findFirstOrThrow({
    where: { organizationId, ruleId: "trust.wildcard-sub" },
  });
  return { findingId: finding.id };
}

export type RecordedJob = { queue: string; name: string; data: unknown };

/** Queues that record what was added and send nothing to Redis. */
export function recordingQueues(jobs: RecordedJob[]): () => Queues {
  const queue = (name: string) => ({
    add: async (job: string, data: unknown) => {
      jobs.push({ queue: name, name: job, data });
      return { id: `fake-${jobs.length}` };
    },
  });
  const queues = {
    scan: queue("scan"),
    remediation: queue("remediation"),
    notify: queue("notify"),
    schedule: queue("schedule"),
    close: async () => undefined,
  } as unknown as Queues;
  return () => queues;
}
