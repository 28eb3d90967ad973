import type { Db } from "../client";

/** Live IAM OIDC providers, the issuer observations and the open provider findings. */
export async function listProvidersWithObservations(db: Db, organizationId: string) {
  const [providers, observations, findings, clusters] = await Promise.all([
    db.oidcProvider.findMany({
      where: { organizationId, goneAt: null },
      orderBy: [{ url: "asc" }, { accountId: "asc" }],
    }),
    db.issuerObservation.findMany({
      where: { organizationId },
      select: {
        url: true,
        reachable: true,
        error: true,
        topIntermediateThumbprint: true,
        trustedByPublicCa: true,
        probedAt: true,
      },
    }),
    db.finding.findMany({
      where: { organizationId, status: "open", resourceType: "provider" },
      select: { id: true, ruleId: true, severity: true, resourceArn: true, title: true },
    }),
    db.cluster.findMany({
      where: { organizationId, goneAt: null, issuerUrl: { not: null } },
      select: { id: true, name: true, arn: true, accountId: true, issuerUrl: true },
    }),
  ]);
  return { providers, observations, findings, clusters };
}

export async function getProviderDetail(db: Db, organizationId: string, providerId: string) {
  const provider = await db.oidcProvider.findFirst({ where: { id: providerId, organizationId } });
  if (!provider) return null;
  const [findings, observations, clusters] = await Promise.all([
    db.finding.findMany({
      where: { organizationId, status: "open", resourceArn: provider.arn },
      select: { id: true, ruleId: true, severity: true, resourceArn: true, title: true, evidence: true },
      orderBy: [{ severity: "asc" }, { id: "asc" }],
    }),
    db.issuerObservation.findMany({
      where: { organizationId },
      include: { keys: { orderBy: { firstSeenAt: "asc" } } },
    }),
    db.cluster.findMany({
      where: { organizationId, goneAt: null, issuerUrl: { not: null } },
      select: { id: true, name: true, arn: true, accountId: true, region: true, issuerUrl: true },
    }),
  ]);
  return { provider, findings, observations, clusters };
}
