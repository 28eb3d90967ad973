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

// Parameters of the statement below: one jsonb array per table, then the account's identity.
const P = { providers: 1, roles: 2, clusters: 3, associations: 4, configs: 5, subjects: 6 } as const;
const ORG = "$7::text";
const ACCOUNT = "$8::text";
const SEEN_AT = "$9::timestamp(3)";
const REGIONS = `ARRAY(SELECT jsonb_array_elements_text($10::jsonb))`;
const SCAN = "$11::text";

/** What every row of the account shares: parameters of the statement, not fields of each row. */
const SEEN: Pick<UpsertSpec, "constants" | "conflict" | "insertOnly"> = {
  constants: {
    organizationId: ORG,
    awsAccountId: ACCOUNT,
    firstSeenAt: SEEN_AT,
    lastSeenAt: SEEN_AT,
    lastScanId: SCAN,
    goneAt: "NULL::timestamp(3)",
  },
  conflict: ["organizationId", "arn"],
  insertOnly: ["firstSeenAt"],
};
const ROW: Columns = { accountId: "text", arn: "text" };

/** The configs have no ARN of their own in our model: the cluster ARN plus the config name is unique. */
export const identityProviderConfigKey = (clusterArn: string, name: string) =>
  `${clusterArn}/identityproviderconfig/oidc/${name}`;

const PROVIDERS: UpsertSpec = {
  table: "oidc_provider",
  ...SEEN,
  columns: {
    ...ROW,
    url: "text",
    clientIds: "text[]",
    thumbprints: "text[]",
    tags: "jsonb",
    createdAtAws: "timestamp",
  },
};

const ROLES: UpsertSpec = {
  table: "iam_role",
  ...SEEN,
  columns: {
    ...ROW,
    name: "text",
    path: "text",
    trustPolicy: "text",
    attachedPolicies: "jsonb",
    inlinePolicies: "jsonb",
    maxSessionDuration: "int",
    lastUsedAt: "timestamp",
    createdAtAws: "timestamp",
  },
  constants: {
    ...SEEN.constants,
    previousTrustPolicy: "NULL::text",
    trustChangedAt: "NULL::timestamp(3)",
    trustChangedScanId: "NULL::text",
  },
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
  ...SEEN,
  columns: {
    ...ROW,
    region: "text",
    name: "text",
    issuerUrl: "text",
    version: "text",
    status: "text",
    authenticationMode: "text",
  },
};

const ASSOCIATIONS: UpsertSpec = {
  table: "pod_identity_association",
  ...SEEN,
  columns: {
    ...ROW,
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
};

const IDENTITY_PROVIDER_CONFIGS: UpsertSpec = {
  table: "identity_provider_config",
  ...SEEN,
  columns: {
    ...ROW,
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
};

/** Live rows of the account that this snapshot does not contain: the upsert CTE returns what it does. */
const unseen = (upserted: string) =>
  `"organizationId" = ${ORG} AND "awsAccountId" = ${ACCOUNT} AND "goneAt" IS NULL
   AND "arn" NOT IN (SELECT "arn" FROM ${upserted})`;

/** A trust subject as one comparable value: a role's subjects are rewritten only when they differ. */
const SUBJECT = (t: string) =>
  `ROW(${t}."principalType", ${t}."principal", ${t}."issuer", ${t}."subKind", ${t}."subjects", ${t}."audiences", ${t}."description")::text`;

/**
 * The whole snapshot is one statement of data-modifying CTEs: one round trip, one commit and one
 * snapshot per account instead of seven (at 1,000 accounts the per-statement cost — round trip,
 * WAL flush — outweighed the work). All CTEs see the table as it was before the statement, so
 * no row may be touched twice: "gone" is what the snapshot lacks (by ARN), never what it upserts.
 */
const SNAPSHOT_SQL = `WITH
  providers AS (${upsertSql(PROVIDERS, P.providers, `"arn"`)}),
  roles AS (${upsertSql(ROLES, P.roles, `"id", "arn", xmax = 0 AS "inserted"`)}),
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
  -- Trust subjects are derived from the trust policy: the account's rows end up exactly what this
  -- scan derived (absent = null leaves them alone). Deleting and re-inserting every one each scan
  -- was a third of a rescan's work, so only roles whose derived subjects differ from the stored
  -- ones are rewritten (new roles, changed policies, a changed derivation), and the subjects of
  -- the account's roles this scan did not see go. A retried scan finds nothing to rewrite.
  wanted_subjects AS (
    SELECT roles."id" AS "roleId", s.*
    FROM jsonb_to_recordset(COALESCE($${P.subjects}::jsonb, '[]')) AS s("roleArn" text, "principalType" text, "principal" text, "issuer" text, "subKind" text, "subjects" text[], "audiences" text[], "description" text)
    JOIN roles ON roles."arn" = s."roleArn"),
  -- A role just inserted (xmax = 0) has no stored subjects to compare with. The stored side is
  -- read per role through the roleId index (a correlated subquery and a
  -- nested loop from the account's roles): a join here may be planned as a scan of the whole
  -- table, and the generic plan of this prepared statement is kept for the connection's life.
  rewritten_roles AS (
    SELECT roles."id" FROM roles
    LEFT JOIN (SELECT "roleId", array_agg(${SUBJECT("w")} ORDER BY ${SUBJECT("w")}) AS "rows"
               FROM wanted_subjects w GROUP BY "roleId") w ON w."roleId" = roles."id"
    WHERE $${P.subjects}::jsonb IS NOT NULL AND (roles."inserted" OR w."rows" IS DISTINCT FROM
      (SELECT array_agg(${SUBJECT("t")} ORDER BY ${SUBJECT("t")}) FROM "trust_subject" t WHERE t."roleId" = roles."id"))),
  removed_subjects AS (DELETE FROM "trust_subject" WHERE $${P.subjects}::jsonb IS NOT NULL AND "roleId" IN
    (SELECT "id" FROM "iam_role" WHERE "organizationId" = ${ORG} AND "awsAccountId" = ${ACCOUNT}
       AND ("id" IN (SELECT "id" FROM rewritten_roles) OR "id" NOT IN (SELECT "id" FROM roles)))),
  inserted_subjects AS (
    INSERT INTO "trust_subject" ("id", "organizationId", "roleId", "principalType", "principal", "issuer", "subKind", "subjects", "audiences", "description")
    SELECT gen_random_uuid()::text, ${ORG}, w."roleId", w."principalType", w."principal", w."issuer", w."subKind", w."subjects", w."audiences", w."description"
    FROM wanted_subjects w WHERE w."roleId" IN (SELECT "id" FROM rewritten_roles))
-- Rows counts what the database now holds for the snapshot (its resources and its roles' trust
-- subjects), whether or not a row had to be written.
SELECT ((SELECT count(*) FROM providers) + (SELECT count(*) FROM roles) + (SELECT count(*) FROM clusters)
  + (SELECT count(*) FROM associations) + (SELECT count(*) FROM configs) + (SELECT count(*) FROM wanted_subjects))::int AS "rows",
  -- See persistAccountSnapshot: this statement's own transaction commits without waiting for its WAL flush.
  set_config('synchronous_commit', 'off', true) AS "synchronousCommit"`;

/**
 * Persist one account's snapshot: upserts keyed by ARN, then what this scan did not see is
 * marked gone (never deleted), so history and findings keep their evidence. Idempotent: running
 * it twice for the same scan reaches the same rows.
 *
 * The statement commits with synchronous_commit off (set for its own transaction only): it does
 * not wait for its WAL to reach the disk. Still atomic; a crash of PostgreSQL in the next moment
 * can lose the whole snapshot, never part of it. The caller must record the account's outcome
 * afterwards in a synchronous commit (the worker's finishAccount): WAL is one sequence and is
 * flushed up to the committing record, so when that commit returns the snapshot is durable too.
 * A crash between the two loses at most a snapshot whose account is not yet marked done, and the
 * account's job runs again (scan jobs are idempotent). The flush the snapshot skips was a
 * measured 1.1x of the worker's rows/s (bench/persistence.ts, which runs finishAccount as well).
 */
export async function persistAccountSnapshot(db: Db, s: AccountSnapshot): Promise<{ rows: number }> {
  // Object literals, not spreads of a shared part: spreading made each row a slow-mode object,
  // and building them cost more than serialising them (2 ms of Node per account of 50 roles).
  const providers = s.providers.map((p) => ({
    accountId: p.accountId,
    arn: p.arn,
    url: p.url,
    clientIds: p.clientIds,
    thumbprints: p.thumbprints,
    tags: p.tags,
    createdAtAws: p.createdAt,
  }));
  const roles = s.roles.map((r) => ({
    accountId: r.accountId,
    arn: r.arn,
    name: r.name,
    path: r.path,
    trustPolicy: r.trustPolicy,
    attachedPolicies: r.attachedPolicies,
    inlinePolicies: r.inlinePolicies,
    maxSessionDuration: r.maxSessionDuration,
    lastUsedAt: r.lastUsedAt,
    createdAtAws: r.createdAt,
  }));
  const clusters = s.clusters.map((c) => ({
    accountId: c.accountId,
    arn: c.arn,
    region: c.region,
    name: c.name,
    issuerUrl: c.issuerUrl,
    version: c.version,
    status: c.status,
    authenticationMode: c.authenticationMode,
  }));
  const associations = s.podIdentityAssociations.map((a) => ({
    accountId: a.accountId,
    arn: a.associationArn,
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
    accountId: c.accountId,
    arn: identityProviderConfigKey(c.clusterArn, c.name),
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
    ? JSON.stringify(
        s.trustSubjects.flatMap((t) =>
          t.rows.map((r) => ({
            roleArn: t.roleArn,
            principalType: r.principalType,
            principal: r.principal,
            issuer: r.issuer,
            subKind: r.subKind,
            subjects: r.subjects,
            audiences: r.audiences,
            description: r.description,
          })),
        ),
      )
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
    s.scanId,
  ]);
  return { rows: result?.rows ?? 0 };
}
