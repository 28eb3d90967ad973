import type { Db } from "../client";

export type IssuerObservationInput = {
  url: string;
  reachable: boolean;
  error: string | null;
  discovery: Record<string, unknown> | null;
  discoveryIssuer: string | null;
  jwksUri: string | null;
  keyIds: string[];
  topIntermediateThumbprint: string | null;
  certificateExpiresAt: Date | null;
  trustedByPublicCa: boolean;
  probedAt: Date;
};

/**
 * Record what an issuer served. Key ids keep first/last seen, so a rotation shows as a new
 * kid with a later firstSeen. A failed probe keeps the keys seen before (not wiped).
 */
export async function recordIssuerObservation(
  db: Db,
  organizationId: string,
  scanId: string,
  o: IssuerObservationInput,
) {
  const data = {
    reachable: o.reachable,
    error: o.error,
    discovery: (o.discovery ?? undefined) as object | undefined,
    discoveryIssuer: o.discoveryIssuer,
    jwksUri: o.jwksUri,
    topIntermediateThumbprint: o.topIntermediateThumbprint,
    certificateExpiresAt: o.certificateExpiresAt,
    trustedByPublicCa: o.trustedByPublicCa,
    probedAt: o.probedAt,
    lastScanId: scanId,
  };
  const issuer = await db.issuerObservation.upsert({
    where: { organizationId_url: { organizationId, url: o.url } },
    create: { organizationId, url: o.url, ...data },
    update: data,
  });
  for (const kid of o.keyIds) {
    await db.issuerKey.upsert({
      where: { issuerId_kid: { issuerId: issuer.id, kid } },
      create: { organizationId, issuerId: issuer.id, kid, firstSeenAt: o.probedAt, lastSeenAt: o.probedAt },
      update: { lastSeenAt: o.probedAt },
    });
  }
  return issuer.id;
}
