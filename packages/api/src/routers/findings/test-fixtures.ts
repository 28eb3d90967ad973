import type { Db } from "@trustwatch/db";

export const ACCOUNT = "111111111111";
export const OTHER_ACCOUNT = "222222222222";
export const ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/ABC123";
export const PROVIDER_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/${ISSUER}`;
export const roleArn = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:role/${name}`;

export const WILDCARD_TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { Federated: PROVIDER_ARN },
      Action: "sts:AssumeRoleWithWebIdentity",
      Condition: {
        StringEquals: { [`${ISSUER}:aud`]: "sts.amazonaws.com" },
        StringLike: { [`${ISSUER}:sub`]: "system:serviceaccount:*:*" },
      },
    },
  ],
});

export const EXACT_TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { Federated: PROVIDER_ARN },
      Action: "sts:AssumeRoleWithWebIdentity",
      Condition: {
        StringEquals: {
          [`${ISSUER}:sub`]: "system:serviceaccount:payments:api",
          [`${ISSUER}:aud`]: "sts.amazonaws.com",
        },
      },
    },
  ],
});

type FindingSeed = {
  ruleId: string;
  severity: "critical" | "high" | "medium" | "low" | "info";
  resourceArn: string;
  accountId?: string;
  title: string;
  evidence?: Record<string, unknown>;
  status?: "open" | "suppressed" | "resolved";
  firstSeenAt?: Date;
};

let sequence = 0;

export async function seedFinding(db: Db, organizationId: string, f: FindingSeed) {
  sequence += 1;
  const at = f.firstSeenAt ?? new Date(Date.UTC(2025, 0, 1, 0, sequence));
  return db.finding.create({
    data: {
      organizationId,
      ruleId: f.ruleId,
      severity: f.severity,
      fingerprint: `fp-${organizationId}-${sequence}-${Math.random().toString(36).slice(2)}`,
      status: f.status ?? "open",
      resourceType: f.resourceArn.includes(":role/") ? "role" : "provider",
      resourceArn: f.resourceArn,
      accountId: f.accountId ?? f.resourceArn.split(":")[4] ?? ACCOUNT,
      title: f.title,
      evidence: (f.evidence ?? {}) as object,
      firstSeenAt: at,
      lastSeenAt: at,
      resolvedAt: f.status === "resolved" ? at : null,
    },
  });
}

/**
 * Org A's scanned world: two accounts, a cluster, two roles (one with a wildcard sub, one exact,
 * admin-like), a Pod Identity association, a scan with a posture snapshot, and findings.
 */
export async function seedOrgWorld(db: Db, organizationId: string) {
  const account = await db.awsAccount.create({
    data: {
      organizationId,
      accountId: ACCOUNT,
      name: "prod",
      auditRoleArn: roleArn("TrustwatchAudit"),
      regions: ["us-east-1"],
      status: "active",
    },
  });
  const failing = await db.awsAccount.create({
    data: {
      organizationId,
      accountId: OTHER_ACCOUNT,
      name: "sandbox",
      auditRoleArn: roleArn("TrustwatchAudit", OTHER_ACCOUNT),
      regions: ["us-east-1"],
      status: "error",
      lastError: "AccessDenied: not authorized to perform sts:AssumeRole",
      lastScanAt: new Date("2025-01-02T00:00:00Z"),
    },
  });
  const scan = await db.scan.create({
    data: { organizationId, status: "partial", createdAt: new Date("2025-01-02T00:00:00Z") },
  });
  const previousScan = await db.scan.create({
    data: { organizationId, status: "succeeded", createdAt: new Date("2025-01-01T00:00:00Z") },
  });
  await db.scanAccountResult.create({
    data: {
      organizationId,
      scanId: scan.id,
      awsAccountId: failing.id,
      status: "failed",
      errorCode: "AccessDenied",
      error: "AccessDenied",
      finishedAt: new Date("2025-01-02T00:00:00Z"),
    },
  });
  const counts = { critical: 1, high: 1, medium: 1, low: 1, info: 0 };
  await db.postureSnapshot.create({
    data: {
      organizationId,
      scanId: previousScan.id,
      takenAt: new Date("2025-01-01T00:00:00Z"),
      score: 80,
      ...counts,
      critical: 0,
      newCount: 3,
      resolvedCount: 0,
    },
  });
  await db.postureSnapshot.create({
    data: {
      organizationId,
      scanId: scan.id,
      takenAt: new Date("2025-01-02T00:00:00Z"),
      score: 62,
      ...counts,
      newCount: 2,
      resolvedCount: 1,
    },
  });
  await db.cluster.create({
    data: {
      organizationId,
      awsAccountId: account.id,
      accountId: ACCOUNT,
      arn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/prod-use1`,
      region: "us-east-1",
      name: "prod-use1",
      issuerUrl: `https://${ISSUER}`,
      status: "ACTIVE",
    },
  });
  const wildcard = await db.iamRole.create({
    data: {
      organizationId,
      awsAccountId: account.id,
      accountId: ACCOUNT,
      arn: roleArn("irsa-any-service-account"),
      name: "irsa-any-service-account",
      trustPolicy: encodeURIComponent(WILDCARD_TRUST),
      attachedPolicies: [
        { arn: "arn:aws:iam::aws:policy/AdministratorAccess", name: "AdministratorAccess", document: null },
      ],
    },
  });
  const exact = await db.iamRole.create({
    data: {
      organizationId,
      awsAccountId: account.id,
      accountId: ACCOUNT,
      arn: roleArn("payments-api"),
      name: "payments-api",
      trustPolicy: EXACT_TRUST,
      inlinePolicies: [
        {
          name: "read-bucket",
          document: JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }],
          }),
        },
      ],
    },
  });
  await db.podIdentityAssociation.create({
    data: {
      organizationId,
      awsAccountId: account.id,
      accountId: ACCOUNT,
      arn: `arn:aws:eks:us-east-1:${ACCOUNT}:podidentityassociation/prod-use1/a-1`,
      associationId: "a-1",
      clusterArn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/prod-use1`,
      clusterName: "prod-use1",
      region: "us-east-1",
      namespace: "payments",
      serviceAccount: "api",
      roleArn: exact.arn,
    },
  });
  const wildcardSub = await seedFinding(db, organizationId, {
    ruleId: "trust.wildcard-sub",
    severity: "critical",
    resourceArn: wildcard.arn,
    title: "sub pattern lets every service account assume irsa-any-service-account",
    evidence: {
      roleName: wildcard.name,
      providerArn: PROVIDER_ARN,
      issuer: ISSUER,
      statementIndex: 0,
      patterns: ["system:serviceaccount:*:*"],
    },
  });
  const drift = await seedFinding(db, organizationId, {
    ruleId: "drift.trust-changed",
    severity: "medium",
    resourceArn: wildcard.arn,
    title: "Trust of irsa-any-service-account widened",
    evidence: { roleName: wildcard.name, change: "widened", before: {}, after: {} },
  });
  const noAud = await seedFinding(db, organizationId, {
    ruleId: "trust.no-aud",
    severity: "low",
    resourceArn: exact.arn,
    title: "payments-api does not check aud",
    evidence: { roleName: exact.name, statementIndexes: [0] },
  });
  const orphan = await seedFinding(db, organizationId, {
    ruleId: "provider.orphaned",
    severity: "high",
    resourceArn: PROVIDER_ARN,
    title: "Provider for a cluster that no longer exists",
  });
  const resolved = await seedFinding(db, organizationId, {
    ruleId: "trust.no-sub",
    severity: "high",
    resourceArn: roleArn("old-role", OTHER_ACCOUNT),
    accountId: OTHER_ACCOUNT,
    title: "old-role trusts any service account",
    status: "resolved",
  });
  return {
    account,
    failing,
    scan,
    roles: { wildcard, exact },
    findings: { wildcardSub, drift, noAud, orphan, resolved },
  };
}

/** The tRPC error code a call fails with, or "OK" when it succeeds. */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
