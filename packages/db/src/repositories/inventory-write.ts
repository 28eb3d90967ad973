import type { Inventory, TrustSubjectRow } from "@trustwatch/core";
import type { Db } from "../client";
import { bulkUpsert, type Columns } from "./internal/bulk-upsert";

export type AccountSnapshot = {
  organizationId: string;
  awsAccountId: string;
  scanId: string;
  seenAt: Date;
  /** Regions whose EKS inventory was collected completely; only there may clusters be marked gone. */
  completeRegions: string[];
  providers: Inventory["providers"];
  roles: Inventory["roles"];
  clusters: Inventory["clusters"];
  identityProviderConfigs: Inventory["identityProviderConfigs"];
  podIdentityAssociations: Inventory["podIdentityAssociations"];
  /** Who can assume each role, derived by the caller from the trust analysis. */
  trustSubjects?: { roleArn: string; rows: TrustSubjectRow[] }[];
};

const SEEN: Columns = {
  organizationId: "text",
  awsAccountId: "text",
  accountId: "text",
  arn: "text",
  firstSeenAt: "timestamp",
  lastSeenAt: "timestamp",
  lastScanId: "text",
  goneAt: "timestamp",
};
const KEY = ["organizationId", "arn"];
const INSERT_ONLY = ["firstSeenAt"];

/** The configs have no ARN of their own in our model: the cluster ARN plus the config name is unique. */
export const identityProviderConfigKey = (clusterArn: string, name: string) =>
  `${clusterArn}/identityproviderconfig/oidc/${name}`;

/**
 * Persist one account's snapshot: batched upserts keyed by ARN, then what this scan did
 * not see is marked gone (never deleted), so history and findings keep their evidence.
 * Idempotent: running it twice for the same scan reaches the same rows.
 */
export async function persistAccountSnapshot(db: Db, s: AccountSnapshot): Promise<{ rows: number }> {
  const seen = (accountId: string, arn: string) => ({
    organizationId: s.organizationId,
    awsAccountId: s.awsAccountId,
    accountId,
    arn,
    firstSeenAt: s.seenAt,
    lastSeenAt: s.seenAt,
    lastScanId: s.scanId,
    goneAt: null,
  });
  let rows = 0;
  rows += await bulkUpsert(db, {
    table: "oidc_provider",
    columns: {
      ...SEEN,
      url: "text",
      clientIds: "text[]",
      thumbprints: "text[]",
      tags: "jsonb",
      createdAtAws: "timestamp",
    },
    conflict: KEY,
    insertOnly: INSERT_ONLY,
    rows: s.providers.map((p) => ({
      ...seen(p.accountId, p.arn),
      url: p.url,
      clientIds: p.clientIds,
      thumbprints: p.thumbprints,
      tags: p.tags,
      createdAtAws: p.createdAt,
    })),
  });
  rows += await bulkUpsert(db, {
    table: "iam_role",
    columns: {
      ...SEEN,
      name: "text",
      path: "text",
      trustPolicy: "text",
      attachedPolicies: "jsonb",
      inlinePolicies: "jsonb",
      maxSessionDuration: "int",
      lastUsedAt: "timestamp",
      createdAtAws: "timestamp",
      previousTrustPolicy: "text",
      trustChangedAt: "timestamp",
      trustChangedScanId: "text",
    },
    conflict: KEY,
    insertOnly: INSERT_ONLY,
    // Remember the old trust policy when it changes, so evaluation can tell whether it widened.
    // Re-running the same scan sees no change and keeps what the first run recorded.
    updateExpressions: {
      previousTrustPolicy: `CASE WHEN "iam_role"."trustPolicy" <> EXCLUDED."trustPolicy" THEN "iam_role"."trustPolicy" ELSE "iam_role"."previousTrustPolicy" END`,
      trustChangedAt: `CASE WHEN "iam_role"."trustPolicy" <> EXCLUDED."trustPolicy" THEN EXCLUDED."lastSeenAt" ELSE "iam_role"."trustChangedAt" END`,
      trustChangedScanId: `CASE WHEN "iam_role"."trustPolicy" <> EXCLUDED."trustPolicy" THEN EXCLUDED."lastScanId" ELSE "iam_role"."trustChangedScanId" END`,
    },
    rows: s.roles.map((r) => ({
      ...seen(r.accountId, r.arn),
      name: r.name,
      path: r.path,
      trustPolicy: r.trustPolicy,
      attachedPolicies: r.attachedPolicies,
      inlinePolicies: r.inlinePolicies,
      maxSessionDuration: r.maxSessionDuration,
      lastUsedAt: r.lastUsedAt,
      createdAtAws: r.createdAt,
      previousTrustPolicy: null,
      trustChangedAt: null,
      trustChangedScanId: null,
    })),
  });
  rows += await bulkUpsert(db, {
    table: "cluster",
    columns: {
      ...SEEN,
      region: "text",
      name: "text",
      issuerUrl: "text",
      version: "text",
      status: "text",
      authenticationMode: "text",
    },
    conflict: KEY,
    insertOnly: INSERT_ONLY,
    rows: s.clusters.map((c) => ({
      ...seen(c.accountId, c.arn),
      region: c.region,
      name: c.name,
      issuerUrl: c.issuerUrl,
      version: c.version,
      status: c.status,
      authenticationMode: c.authenticationMode,
    })),
  });
  rows += await bulkUpsert(db, {
    table: "pod_identity_association",
    columns: {
      ...SEEN,
      associationId: "text",
      clusterArn: "text",
      clusterName: "text",
      region: "text",
      namespace: "text",
      serviceAccount: "text",
      roleArn: "text",
      targetRoleArn: "text",
      externalId: "text",
    },
    conflict: KEY,
    insertOnly: INSERT_ONLY,
    rows: s.podIdentityAssociations.map((a) => ({
      ...seen(a.accountId, a.associationArn),
      associationId: a.associationId,
      clusterArn: a.clusterArn,
      clusterName: a.clusterName,
      region: a.region,
      namespace: a.namespace,
      serviceAccount: a.serviceAccount,
      roleArn: a.roleArn,
      targetRoleArn: a.targetRoleArn,
      externalId: a.externalId,
    })),
  });
  rows += await bulkUpsert(db, {
    table: "identity_provider_config",
    columns: {
      ...SEEN,
      clusterArn: "text",
      name: "text",
      issuerUrl: "text",
      clientId: "text",
      usernameClaim: "text",
      groupsClaim: "text",
      groupsPrefix: "text",
      requiredClaims: "jsonb",
      status: "text",
    },
    conflict: KEY,
    insertOnly: INSERT_ONLY,
    rows: s.identityProviderConfigs.map((c) => ({
      ...seen(c.accountId, identityProviderConfigKey(c.clusterArn, c.name)),
      clusterArn: c.clusterArn,
      name: c.name,
      issuerUrl: c.issuerUrl,
      clientId: c.clientId,
      usernameClaim: c.usernameClaim,
      groupsClaim: c.groupsClaim,
      groupsPrefix: c.groupsPrefix,
      requiredClaims: c.requiredClaims,
      status: c.status,
    })),
  });
  await markUnseenGone(db, s);
  if (s.trustSubjects) rows += await replaceTrustSubjects(db, s);
  return { rows };
}

/**
 * One statement (data-modifying CTEs, one snapshot, one commit) instead of five updates and a
 * read: at organization scale the per-statement cost (round trip, query compile, WAL flush)
 * outweighs the work, which on a rescan of an unchanged account is nothing.
 */
async function markUnseenGone(db: Db, s: AccountSnapshot) {
  // `NOT ("lastScanId" = $4)` keeps Prisma's `NOT: { lastScanId }` semantics (NULLs excluded).
  const unseen = `"organizationId" = $1 AND "awsAccountId" = $2 AND "goneAt" IS NULL AND NOT ("lastScanId" = $4)`;
  // EKS is regional: a region that failed keeps its last good clusters (and their children).
  const inRegions = `"region" = ANY (ARRAY(SELECT jsonb_array_elements_text($5::jsonb)))`;
  await db.$executeRawUnsafe(
    `WITH providers AS (UPDATE "oidc_provider" SET "goneAt" = $3::timestamp(3) WHERE ${unseen}),
          roles AS (UPDATE "iam_role" SET "goneAt" = $3::timestamp(3) WHERE ${unseen}),
          clusters AS (UPDATE "cluster" SET "goneAt" = $3::timestamp(3) WHERE ${unseen} AND ${inRegions}),
          associations AS (UPDATE "pod_identity_association" SET "goneAt" = $3::timestamp(3) WHERE ${unseen} AND ${inRegions})
     UPDATE "identity_provider_config" SET "goneAt" = $3::timestamp(3)
     WHERE ${unseen} AND "clusterArn" IN
       (SELECT "arn" FROM "cluster" WHERE "organizationId" = $1 AND "awsAccountId" = $2 AND ${inRegions})`,
    s.organizationId,
    s.awsAccountId,
    // An ISO string cast to timestamp keeps the UTC wall time, as Prisma stores DateTime.
    s.seenAt.toISOString(),
    s.scanId,
    JSON.stringify(s.completeRegions),
  );
}

/** Replace the account's derived trust-subject rows (they are recomputed from every scan). */
async function replaceTrustSubjects(db: Db, s: AccountSnapshot): Promise<number> {
  const rows = (s.trustSubjects ?? []).flatMap((t) => t.rows.map((r) => ({ roleArn: t.roleArn, ...r })));
  if (rows.length === 0) {
    await db.$executeRaw`DELETE FROM "trust_subject" WHERE "roleId" IN
      (SELECT "id" FROM "iam_role" WHERE "organizationId" = ${s.organizationId} AND "awsAccountId" = ${s.awsAccountId})`;
    return 0;
  }
  // Delete and insert in one statement: the DELETE sees the snapshot before the INSERT, so it
  // removes exactly the old rows; one round trip and one commit per account.
  return db.$executeRawUnsafe(
    `WITH removed AS (DELETE FROM "trust_subject" WHERE "roleId" IN
       (SELECT "id" FROM "iam_role" WHERE "organizationId" = $2 AND "awsAccountId" = $3))
     INSERT INTO "trust_subject" ("id", "organizationId", "roleId", "principalType", "principal", "issuer", "subKind", "subjects", "audiences", "description")
     SELECT gen_random_uuid()::text, role."organizationId", role."id", r."principalType", r."principal", r."issuer", r."subKind", r."subjects", r."audiences", r."description"
     FROM jsonb_to_recordset($1::jsonb) AS r("roleArn" text, "principalType" text, "principal" text, "issuer" text, "subKind" text, "subjects" text[], "audiences" text[], "description" text)
     JOIN "iam_role" role ON role."organizationId" = $2 AND role."arn" = r."roleArn"`,
    JSON.stringify(rows),
    s.organizationId,
    s.awsAccountId,
  );
}
