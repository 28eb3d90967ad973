import {
  analyzeTrust,
  describeAudienceSet,
  describeSubjectSet,
  isEksIssuer,
  normalizeIssuer,
} from "@trustwatch/core";
import { type Db, listRolesMentioning } from "@trustwatch/db";
import { z } from "zod";

export const ZTrustingRole = z.object({
  id: z.string(),
  arn: z.string(),
  name: z.string(),
  accountId: z.string(),
  providerArn: z.string(),
  subjects: z.array(z.string()),
  audiences: z.string(),
});
export type TrustingRole = z.infer<typeof ZTrustingRole>;

/**
 * A fragment of the issuer that URL-encoding leaves intact, to pre-filter trust policies in
 * SQL: the EKS issuer id (`…/id/<ID>`) or, for other issuers, the host.
 */
function searchNeedle(issuer: string): string {
  const slash = issuer.lastIndexOf("/");
  return slash >= 0 && isEksIssuer(issuer) ? issuer.slice(slash + 1) : (issuer.split("/")[0] ?? issuer);
}

/**
 * Roles that grant web identity to a provider of this issuer (or to one exact provider ARN),
 * from the trust analysis of each candidate role: who (sub) and with which audiences.
 */
export async function findTrustingRoles(
  db: Db,
  organizationId: string,
  target: { issuer: string; providerArn?: string },
): Promise<TrustingRole[]> {
  const issuer = normalizeIssuer(target.issuer);
  const candidates = await listRolesMentioning(db, organizationId, [searchNeedle(issuer)]);
  const out: TrustingRole[] = [];
  for (const role of candidates) {
    const analysis = analyzeTrust(role.trustPolicy);
    for (const p of analysis.providers) {
      const matches = target.providerArn
        ? p.providerArn === target.providerArn
        : p.issuer !== null && normalizeIssuer(p.issuer) === issuer;
      if (!matches || p.grants.length === 0) continue;
      out.push({
        id: role.id,
        arn: role.arn,
        name: role.name,
        accountId: role.accountId,
        providerArn: p.providerArn,
        subjects: describeSubjectSet(p.sub, { kubernetes: p.isEks }),
        audiences: describeAudienceSet(p.aud),
      });
    }
  }
  return out;
}
