import { z } from "zod";
import { ZProviderStatus } from "./provider-status";

export const ZSeverity = z.enum(["critical", "high", "medium", "low", "info"]);

export const ZFindingRef = z.object({
  id: z.string(),
  ruleId: z.string(),
  severity: ZSeverity,
  title: z.string(),
});

export const ZClusterSummary = z.object({
  id: z.string(),
  name: z.string(),
  arn: z.string(),
  accountId: z.string(),
  region: z.string(),
  version: z.string().nullable(),
  status: z.string(),
  authenticationMode: z.string().nullable(),
  issuerUrl: z.string().nullable(),
  issuerReachable: z.boolean().nullable(),
  providerStatus: ZProviderStatus,
  providerReasons: z.array(z.string()),
  providers: z.array(z.object({ id: z.string(), arn: z.string(), accountId: z.string() })),
  signingKeys: z.number().int(),
  lastRotationAt: z.date().nullable(),
  podIdentityAssociations: z.number().int(),
  openFindings: z.number().int(),
  lastSeenAt: z.date(),
});
export type ClusterSummary = z.infer<typeof ZClusterSummary>;

export const ZSigningKey = z.object({
  kid: z.string(),
  firstSeenAt: z.date(),
  lastSeenAt: z.date(),
  /** Served at the last probe. */
  isCurrent: z.boolean(),
});

export const ZIssuerObservation = z.object({
  url: z.string(),
  reachable: z.boolean(),
  error: z.string().nullable(),
  discoveryIssuer: z.string().nullable(),
  jwksUri: z.string().nullable(),
  topIntermediateThumbprint: z.string().nullable(),
  certificateExpiresAt: z.date().nullable(),
  trustedByPublicCa: z.boolean(),
  probedAt: z.date(),
  keys: z.array(ZSigningKey),
  /** Key ids that appeared after the first one seen: each is a rotation Trustwatch observed. */
  rotationsSeen: z.number().int(),
});
export type IssuerObservationView = z.infer<typeof ZIssuerObservation>;

type ObservationRow = Omit<IssuerObservationView, "keys" | "rotationsSeen"> & {
  keys: { kid: string; firstSeenAt: Date; lastSeenAt: Date }[];
};

export function toObservationView(o: ObservationRow): IssuerObservationView {
  const keys = [...o.keys]
    .sort((a, b) => a.firstSeenAt.getTime() - b.firstSeenAt.getTime() || a.kid.localeCompare(b.kid))
    .map((k) => ({ ...k, isCurrent: k.lastSeenAt.getTime() >= o.probedAt.getTime() }));
  const firstSeen = keys[0]?.firstSeenAt.getTime();
  return {
    url: o.url,
    reachable: o.reachable,
    error: o.error,
    discoveryIssuer: o.discoveryIssuer,
    jwksUri: o.jwksUri,
    topIntermediateThumbprint: o.topIntermediateThumbprint,
    certificateExpiresAt: o.certificateExpiresAt,
    trustedByPublicCa: o.trustedByPublicCa,
    probedAt: o.probedAt,
    keys,
    rotationsSeen: keys.filter((k) => k.firstSeenAt.getTime() !== firstSeen).length,
  };
}

export const ZClusterRef = z.object({ id: z.string().min(1).max(64) });
