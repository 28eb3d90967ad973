import type { Inventory, TrustSubjectRow } from "@trustwatch/core";
import { type Db, queryPrepared } from "../client";
import { type Columns, type UpsertSpec, upsertSql } from "./internal/bulk-upsert";

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

const PROVIDERS: UpsertSpec = {
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
};

const ROLES: UpsertSpec = {
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
};

const CLUSTERS: UpsertSpec = {
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
};

const ASSOCIATIONS: UpsertSpec = {
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
};

const IDENTITY_PROVIDER_CONFIGS: UpsertSpec = {
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
};

// Parameters of the statement below: one jsonb array per table, then the account's identity.
const P = { providers: 1, roles: 2, clusters: 3, associations: 4, configs: 5, subjects: 6 } as const;
const ORG = "$7";
const ACCOUNT = "$8";
const SEEN_AT = "$9::timestamp(3)";
const REGIONS = `ARRAY(SELECT jsonb_array_elements_text($10::jsonb))`;

/** Live rows of the account that this snapshot does not contain: the upsert CTE returns what it does. */
const unseen = (upserted: string) =>
  `"organizationId" = ${ORG} AND "awsAccountId" = ${ACCOUNT} AND "goneAt" IS NULL
   AND "arn" NOT IN (SELECT "arn" FROM ${upserted})`;

/**
 * The whole snapshot is one statement of data-modifying CTEs: one round trip, one commit and one
 * snapshot per account instead of seven (at 1,000 accounts the per-statement cost — round trip,
 * WAL flush — outweighed the work). All CTEs see the table as it was before the statement, so
 * no row may be touched twice: "gone" is what the snapshot lacks (by ARN), never what it upserts.
 */
const SNAPSHOT_SQL = `WITH
  providers AS (${upsertSql(PROVIDERS, P.providers, `"arn"`)}),
  roles AS (${upsertSql(ROLES, P.roles, `"id", "arn"`)}),
  clusters AS (${upsertSql(CLUSTERS, P.clusters, `"arn"`)}),
  associations AS (${upsertSql(ASSOCIATIONS, P.associations, `"arn"`)}),
  configs AS (${upsertSql(IDENTITY_PROVIDER_CONFIGS, P.configs, `"arn"`)}),
  gone_providers AS (UPDATE "oidc_provider" SET "goneAt" = ${SEEN_AT} WHERE ${unseen("providers")}),
  gone_roles AS (UPDATE "iam_role" SET "goneAt" = ${SEEN_AT} WHERE ${unseen("roles")}),
  -- EKS is regional: a region that failed keeps its last good clusters (and their children).
  gone_clusters AS (UPDATE "cluster" SET "goneAt" = ${SEEN_AT}
    WHERE ${unseen("clusters")} AND "region" = ANY (${REGIONS})),
  gone_associations AS (UPDATE "pod_identity_association" SET "goneAt" = ${SEEN_AT}
    WHERE ${unseen("associations")} AND "region" = ANY (${REGIONS})),
  gone_configs AS (UPDATE "identity_provider_config" SET "goneAt" = ${SEEN_AT}
    WHERE ${unseen("configs")} AND "clusterArn" IN
      (SELECT "arn" FROM "cluster" WHERE "organizationId" = ${ORG} AND "awsAccountId" = ${ACCOUNT} AND "region" = ANY (${REGIONS}))),
  -- Trust subjects are derived, recomputed every scan: the old rows go, the new ones join the
  -- upserted roles by ARN (RETURNING covers inserted and updated roles alike).
  removed_subjects AS (DELETE FROM "trust_subject" WHERE $${P.subjects}::jsonb IS NOT NULL AND "roleId" IN
    (SELECT "id" FROM "iam_role" WHERE "organizationId" = ${ORG} AND "awsAccountId" = ${ACCOUNT})),
  subjects AS (
    INSERT INTO "trust_subject" ("id", "organizationId", "roleId", "principalType", "principal", "issuer", "subKind", "subjects", "audiences", "description")
    SELECT gen_random_uuid()::text, ${ORG}, roles."id", s."principalType", s."principal", s."issuer", s."subKind", s."subjects", s."audiences", s."description"
    FROM jsonb_to_recordset(COALESCE($${P.subjects}::jsonb, '[]')) AS s("roleArn" text, "principalType" text, "principal" text, "issuer" text, "subKind" text, "subjects" text[], "audiences" text[], "description" text)
    JOIN roles ON roles."arn" = s."roleArn"
    RETURNING 1)
SELECT ((SELECT count(*) FROM providers) + (SELECT count(*) FROM roles) + (SELECT count(*) FROM clusters)
  + (SELECT count(*) FROM associations) + (SELECT count(*) FROM configs) + (SELECT count(*) FROM subjects))::int AS "rows"`;

/**
 * Persist one account's snapshot: upserts keyed by ARN, then what this scan did not see is
 * marked gone (never deleted), so history and findings keep their evidence. Idempotent: running
 * it twice for the same scan reaches the same rows.
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
  const providers = s.providers.map((p) => ({
    ...seen(p.accountId, p.arn),
    url: p.url,
    clientIds: p.clientIds,
    thumbprints: p.thumbprints,
    tags: p.tags,
    createdAtAws: p.createdAt,
  }));
  const roles = s.roles.map((r) => ({
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
  }));
  const clusters = s.clusters.map((c) => ({
    ...seen(c.accountId, c.arn),
    region: c.region,
    name: c.name,
    issuerUrl: c.issuerUrl,
    version: c.version,
    status: c.status,
    authenticationMode: c.authenticationMode,
  }));
  const associations = s.podIdentityAssociations.map((a) => ({
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
  }));
  const configs = s.identityProviderConfigs.map((c) => ({
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
  }));
  // Absent trust subjects (null) leave the account's existing rows alone.
  const subjects = s.trustSubjects
    ? JSON.stringify(s.trustSubjects.flatMap((t) => t.rows.map((r) => ({ roleArn: t.roleArn, ...r }))))
    : null;
  const [result] = await queryPrepared<{ rows: number }>(db, "persist_account_snapshot", SNAPSHOT_SQL, [
    JSON.stringify(providers),
    JSON.stringify(roles),
    JSON.stringify(clusters),
    JSON.stringify(associations),
    JSON.stringify(configs),
    subjects,
    s.organizationId,
    s.awsAccountId,
    // An ISO string cast to timestamp keeps the UTC wall time, as Prisma stores DateTime.
    s.seenAt.toISOString(),
    JSON.stringify(s.completeRegions),
  ]);
  return { rows: result?.rows ?? 0 };
}
