import type { Inventory } from "@trustwatch/core";
import { type Db, queryPrepared } from "../client";

type Json = unknown;
const asRecord = (v: Json) =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, string>) : {};
const asArray = <T>(v: Json) => (Array.isArray(v) ? (v as T[]) : []);

/**
 * The organization's current inventory (rows not gone) in core's model. Orphan detection
 * must be org-wide: cross-account IRSA puts a provider in an account without the cluster.
 */
export async function loadOrgInventory(db: Db, organizationId: string): Promise<Inventory> {
  const live = { organizationId, goneAt: null };
  const [accounts, providers, clusters, idpConfigs, issuers, roles, associations] = await Promise.all([
    db.awsAccount.findMany({ where: { organizationId }, select: { accountId: true, name: true } }),
    db.oidcProvider.findMany({ where: live }),
    db.cluster.findMany({ where: live }),
    db.identityProviderConfig.findMany({ where: live }),
    db.issuerObservation.findMany({ where: { organizationId }, include: { keys: true } }),
    loadLiveRoles(db, organizationId),
    db.podIdentityAssociation.findMany({ where: live }),
  ]);
  return {
    accounts,
    providers: providers.map((p) => ({
      arn: p.arn,
      accountId: p.accountId,
      url: p.url,
      clientIds: p.clientIds,
      thumbprints: p.thumbprints,
      tags: asRecord(p.tags),
      createdAt: p.createdAtAws,
    })),
    clusters: clusters.map((c) => ({
      arn: c.arn,
      accountId: c.accountId,
      region: c.region,
      name: c.name,
      issuerUrl: c.issuerUrl,
      version: c.version,
      status: c.status,
      authenticationMode: c.authenticationMode,
    })),
    identityProviderConfigs: idpConfigs.map((c) => ({
      clusterArn: c.clusterArn,
      accountId: c.accountId,
      name: c.name,
      issuerUrl: c.issuerUrl,
      clientId: c.clientId,
      usernameClaim: c.usernameClaim,
      groupsClaim: c.groupsClaim,
      groupsPrefix: c.groupsPrefix,
      requiredClaims: asRecord(c.requiredClaims),
      status: c.status,
    })),
    issuers: issuers.map((i) => ({
      url: i.url,
      reachable: i.reachable,
      error: i.error,
      discoveryIssuer: i.discoveryIssuer,
      jwksUri: i.jwksUri,
      keys: i.keys.map((k) => ({ kid: k.kid, firstSeen: k.firstSeenAt, lastSeen: k.lastSeenAt })),
      topIntermediateThumbprint: i.topIntermediateThumbprint,
      certificateExpiresAt: i.certificateExpiresAt,
      trustedByPublicCa: i.trustedByPublicCa,
      probedAt: i.probedAt,
    })),
    roles,
    podIdentityAssociations: associations.map((a) => ({
      associationArn: a.arn,
      associationId: a.associationId,
      clusterArn: a.clusterArn,
      clusterName: a.clusterName,
      accountId: a.accountId,
      region: a.region,
      namespace: a.namespace,
      serviceAccount: a.serviceAccount,
      roleArn: a.roleArn,
      targetRoleArn: a.targetRoleArn,
      externalId: a.externalId,
    })),
  };
}

const ROLE_PAGE = 5_000;

type RoleRow = Omit<Inventory["roles"][number], "attachedPolicies" | "inlinePolicies"> & {
  id: string;
  attachedPolicies: Json;
  inlinePolicies: Json;
};

// Timestamps are stored as UTC `timestamp(3)` (Prisma's DateTime): AT TIME ZONE 'UTC' makes them
// timestamptz, which the driver reads as the right instant whatever the process's time zone.
const LIVE_ROLES_PAGE_SQL = `SELECT "id", "arn", "accountId", "name", "path", "trustPolicy", "attachedPolicies",
    "inlinePolicies", "maxSessionDuration", "lastUsedAt" AT TIME ZONE 'UTC' AS "lastUsedAt",
    "createdAtAws" AT TIME ZONE 'UTC' AS "createdAt"
  FROM "iam_role"
  WHERE "organizationId" = $1 AND "goneAt" IS NULL AND "id" > $2
  ORDER BY "id" LIMIT ${ROLE_PAGE}`;

/**
 * Live roles in core's model, read in pages by id with only the columns the model needs, straight
 * from the driver (evaluation's reload of 50,000 roles took seconds through Prisma's objects).
 * Pages keep the driver's buffers of one page at a time next to the roles (the worker's memory
 * peak is the evaluation phase).
 */
async function loadLiveRoles(db: Db, organizationId: string): Promise<Inventory["roles"]> {
  const roles: Inventory["roles"] = [];
  let cursor = "";
  for (;;) {
    const page = await queryPrepared<RoleRow>(db, "load_live_roles_page", LIVE_ROLES_PAGE_SQL, [
      organizationId,
      cursor,
    ]);
    for (const r of page)
      roles.push({
        arn: r.arn,
        accountId: r.accountId,
        name: r.name,
        path: r.path,
        trustPolicy: r.trustPolicy,
        attachedPolicies: asArray(r.attachedPolicies),
        inlinePolicies: asArray(r.inlinePolicies),
        maxSessionDuration: r.maxSessionDuration,
        lastUsedAt: r.lastUsedAt,
        createdAt: r.createdAt,
      });
    cursor = page.at(-1)?.id ?? cursor;
    if (page.length < ROLE_PAGE) return roles;
  }
}

/**
 * Every issuer URL the organization's live inventory names (cluster issuers, IAM provider URLs,
 * sign-in IdP configs), as stored: the probe phase needs these, not 50,000 roles.
 */
export async function listIssuerReferences(db: Db, organizationId: string) {
  const live = { organizationId, goneAt: null };
  const [clusters, providers, idpConfigs] = await Promise.all([
    db.cluster.findMany({ where: { ...live, issuerUrl: { not: null } }, select: { issuerUrl: true } }),
    db.oidcProvider.findMany({ where: live, select: { url: true } }),
    db.identityProviderConfig.findMany({ where: live, select: { issuerUrl: true } }),
  ]);
  return {
    clusterIssuers: clusters.map((c) => c.issuerUrl),
    providerUrls: providers.map((p) => p.url),
    identityProviderIssuers: idpConfigs.map((c) => c.issuerUrl),
  };
}

/**
 * The inventory as the previous scan saw it, for drift: today only role trust policies
 * are versioned (a role whose trust changed in `scanId` gets its previous document back).
 */
export async function loadPreviousInventory(
  db: Db,
  organizationId: string,
  scanId: string,
  current: Inventory,
): Promise<Inventory> {
  const changed = await db.iamRole.findMany({
    where: { organizationId, trustChangedScanId: scanId, previousTrustPolicy: { not: null } },
    select: { arn: true, previousTrustPolicy: true },
  });
  const previousByArn = new Map(changed.map((r) => [r.arn, r.previousTrustPolicy ?? ""]));
  return {
    ...current,
    roles: current.roles.map((r) =>
      previousByArn.has(r.arn) ? { ...r, trustPolicy: previousByArn.get(r.arn) ?? r.trustPolicy } : r,
    ),
  };
}
