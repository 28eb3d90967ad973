import { z } from "zod";

// The org-wide inventory the collectors produce and `evaluate` consumes. Field names are shared
// with packages/db and packages/aws: change them together. Dates accept ISO strings (JSON
// snapshots) and Date objects (Prisma).
const ZDate = z.coerce.date();

export const ZAccount = z.object({ accountId: z.string(), name: z.string() });

export const ZProvider = z.object({
  arn: z.string(),
  accountId: z.string(),
  /** As IAM stores it, no scheme: oidc.eks.us-east-1.amazonaws.com/id/ABC */
  url: z.string(),
  clientIds: z.array(z.string()),
  thumbprints: z.array(z.string()),
  tags: z.record(z.string(), z.string()),
  createdAt: ZDate.nullable(),
});

export const ZCluster = z.object({
  arn: z.string(),
  accountId: z.string(),
  region: z.string(),
  name: z.string(),
  /** https://… as EKS returns it */
  issuerUrl: z.string().nullable(),
  version: z.string().nullable(),
  status: z.string(),
  authenticationMode: z.string().nullable(),
});

export const ZIdentityProviderConfig = z.object({
  clusterArn: z.string(),
  accountId: z.string(),
  name: z.string(),
  issuerUrl: z.string(),
  clientId: z.string(),
  usernameClaim: z.string().nullable(),
  groupsClaim: z.string().nullable(),
  groupsPrefix: z.string().nullable(),
  requiredClaims: z.record(z.string(), z.string()),
  status: z.string(),
});

export const ZIssuerKey = z.object({ kid: z.string(), firstSeen: ZDate, lastSeen: ZDate });

export const ZIssuer = z.object({
  /** https://… */
  url: z.string(),
  reachable: z.boolean(),
  error: z.string().nullable(),
  discoveryIssuer: z.string().nullable(),
  jwksUri: z.string().nullable(),
  keys: z.array(ZIssuerKey),
  /** SHA-1 of the top intermediate CA certificate (DER), 40 lowercase hex */
  topIntermediateThumbprint: z.string().nullable(),
  certificateExpiresAt: ZDate.nullable(),
  trustedByPublicCa: z.boolean(),
  probedAt: ZDate,
});

export const ZAttachedPolicy = z.object({
  arn: z.string(),
  name: z.string(),
  document: z.string().nullable(),
});
export const ZInlinePolicy = z.object({ name: z.string(), document: z.string() });

export const ZRole = z.object({
  arn: z.string(),
  accountId: z.string(),
  name: z.string(),
  path: z.string(),
  /** As IAM stores it: may be URL-encoded */
  trustPolicy: z.string(),
  attachedPolicies: z.array(ZAttachedPolicy),
  inlinePolicies: z.array(ZInlinePolicy),
  /** seconds */
  maxSessionDuration: z.number(),
  lastUsedAt: ZDate.nullable(),
  createdAt: ZDate.nullable(),
});

export const ZPodIdentityAssociation = z.object({
  associationArn: z.string(),
  associationId: z.string(),
  clusterArn: z.string(),
  clusterName: z.string(),
  accountId: z.string(),
  region: z.string(),
  namespace: z.string(),
  serviceAccount: z.string(),
  roleArn: z.string(),
  targetRoleArn: z.string().nullable(),
  externalId: z.string().nullable(),
});

export const ZInventory = z.object({
  accounts: z.array(ZAccount),
  providers: z.array(ZProvider),
  clusters: z.array(ZCluster),
  identityProviderConfigs: z.array(ZIdentityProviderConfig),
  issuers: z.array(ZIssuer),
  roles: z.array(ZRole),
  podIdentityAssociations: z.array(ZPodIdentityAssociation),
});

export type Account = z.infer<typeof ZAccount>;
export type Provider = z.infer<typeof ZProvider>;
export type Cluster = z.infer<typeof ZCluster>;
export type IdentityProviderConfig = z.infer<typeof ZIdentityProviderConfig>;
export type IssuerKey = z.infer<typeof ZIssuerKey>;
export type Issuer = z.infer<typeof ZIssuer>;
export type AttachedPolicy = z.infer<typeof ZAttachedPolicy>;
export type InlinePolicy = z.infer<typeof ZInlinePolicy>;
export type Role = z.infer<typeof ZRole>;
export type PodIdentityAssociation = z.infer<typeof ZPodIdentityAssociation>;
export type Inventory = z.infer<typeof ZInventory>;

export function emptyInventory(): Inventory {
  return {
    accounts: [],
    providers: [],
    clusters: [],
    identityProviderConfigs: [],
    issuers: [],
    roles: [],
    podIdentityAssociations: [],
  };
}
