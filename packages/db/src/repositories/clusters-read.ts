import type { Db } from "../client";

/**
 * Live clusters with what the cluster page needs besides the cluster itself: the IAM
 * providers for its issuer (any account: cross-account IRSA) and the issuer observation.
 */
export async function listClustersWithIssuers(db: Db, organizationId: string) {
  const clusters = await db.cluster.findMany({
    where: { organizationId, goneAt: null },
    orderBy: [{ name: "asc" }, { arn: "asc" }],
  });
  const [providers, observations, associations, openFindings] = await Promise.all([
    db.oidcProvider.findMany({
      where: { organizationId, goneAt: null },
      select: { id: true, arn: true, accountId: true, url: true, clientIds: true, thumbprints: true },
    }),
    db.issuerObservation.findMany({
      where: { organizationId },
      include: { keys: { orderBy: { firstSeenAt: "asc" } } },
    }),
    db.podIdentityAssociation.groupBy({
      by: ["clusterArn"],
      where: { organizationId, goneAt: null },
      _count: { _all: true },
    }),
    db.finding.findMany({
      where: { organizationId, status: "open", resourceType: { in: ["cluster", "provider", "issuer"] } },
      select: { id: true, ruleId: true, severity: true, resourceArn: true, title: true, evidence: true },
    }),
  ]);
  return {
    clusters,
    providers,
    observations,
    associationCounts: new Map(associations.map((a) => [a.clusterArn, a._count._all])),
    openFindings,
  };
}

export async function getClusterDetail(db: Db, organizationId: string, clusterId: string) {
  const cluster = await db.cluster.findFirst({ where: { id: clusterId, organizationId } });
  if (!cluster) return null;
  const [associations, idpConfigs, findings, providers, observations] = await Promise.all([
    db.podIdentityAssociation.findMany({
      where: { organizationId, clusterArn: cluster.arn, goneAt: null },
      orderBy: [{ namespace: "asc" }, { serviceAccount: "asc" }],
    }),
    db.identityProviderConfig.findMany({
      where: { organizationId, clusterArn: cluster.arn, goneAt: null },
      orderBy: { name: "asc" },
    }),
    db.finding.findMany({
      where: {
        organizationId,
        status: "open",
        OR: [{ resourceArn: cluster.arn }, { evidence: { path: ["clusterArn"], equals: cluster.arn } }],
      },
      select: { id: true, ruleId: true, severity: true, resourceArn: true, title: true },
      orderBy: [{ severity: "asc" }, { id: "asc" }],
    }),
    // Providers of any account: cross-account IRSA puts the provider where the cluster is not.
    db.oidcProvider.findMany({ where: { organizationId, goneAt: null }, orderBy: { accountId: "asc" } }),
    db.issuerObservation.findMany({ where: { organizationId }, include: { keys: true } }),
  ]);
  return { cluster, associations, idpConfigs, findings, providers, observations };
}

/**
 * Live roles whose stored trust policy mentions `needle` (an issuer's id or host). IAM may
 * store the policy URL-encoded, so callers pass a fragment that encoding leaves unchanged
 * (the EKS issuer id) and confirm the match with the trust analysis.
 */
export async function listRolesMentioning(db: Db, organizationId: string, needles: string[]) {
  const filtered = needles.filter(Boolean);
  if (filtered.length === 0) return [];
  return db.iamRole.findMany({
    where: { organizationId, goneAt: null, OR: filtered.map((n) => ({ trustPolicy: { contains: n } })) },
    select: { id: true, arn: true, name: true, accountId: true, trustPolicy: true },
    orderBy: { name: "asc" },
  });
}

export async function listPodIdentityAssociations(db: Db, organizationId: string) {
  return db.podIdentityAssociation.findMany({
    where: { organizationId, goneAt: null },
    orderBy: [{ clusterName: "asc" }, { namespace: "asc" }, { serviceAccount: "asc" }],
  });
}

/** Open findings about any of these resources (provider ARNs, issuer URLs). */
export async function listOpenFindingsFor(db: Db, organizationId: string, resourceArns: string[]) {
  if (resourceArns.length === 0) return [];
  return db.finding.findMany({
    where: { organizationId, status: "open", resourceArn: { in: resourceArns } },
    select: { id: true, ruleId: true, severity: true, resourceArn: true, title: true },
    orderBy: [{ severity: "asc" }, { id: "asc" }],
  });
}
