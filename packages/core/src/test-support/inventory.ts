import {
  emptyInventory,
  type Inventory,
  type Issuer,
  type PodIdentityAssociation,
  type Provider,
  type Role,
} from "../inventory/types";
import { ACCOUNT, EKS_ISSUER, EKS_PROVIDER } from "./policies";

export const NOW = new Date("2026-03-01T00:00:00Z");
export const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

export function role(name: string, trustPolicy: string, overrides: Partial<Role> = {}): Role {
  return {
    arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    accountId: ACCOUNT,
    name,
    path: "/",
    trustPolicy,
    attachedPolicies: [],
    inlinePolicies: [],
    maxSessionDuration: 3600,
    lastUsedAt: daysAgo(1),
    createdAt: daysAgo(400),
    ...overrides,
  };
}

export function provider(url = EKS_ISSUER, overrides: Partial<Provider> = {}): Provider {
  return {
    arn: url === EKS_ISSUER ? EKS_PROVIDER : `arn:aws:iam::${ACCOUNT}:oidc-provider/${url}`,
    accountId: ACCOUNT,
    url,
    clientIds: ["sts.amazonaws.com"],
    thumbprints: ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"],
    tags: {},
    createdAt: daysAgo(300),
    ...overrides,
  };
}

export function cluster(issuer = EKS_ISSUER, name = "prod") {
  return {
    arn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/${name}`,
    accountId: ACCOUNT,
    region: "us-east-1",
    name,
    issuerUrl: `https://${issuer}`,
    version: "1.31",
    status: "ACTIVE",
    authenticationMode: "API_AND_CONFIG_MAP",
  };
}

export function issuer(url = EKS_ISSUER, overrides: Partial<Issuer> = {}): Issuer {
  return {
    url: `https://${url}`,
    reachable: true,
    error: null,
    discoveryIssuer: `https://${url}`,
    jwksUri: `https://${url}/keys`,
    keys: [{ kid: "k1", firstSeen: daysAgo(3), lastSeen: NOW }],
    topIntermediateThumbprint: "9e99a48a9960b14926bb7f3b02e22da2b0ab7280",
    certificateExpiresAt: daysAgo(-200),
    trustedByPublicCa: true,
    probedAt: NOW,
    ...overrides,
  };
}

export function association(overrides: Partial<PodIdentityAssociation> = {}): PodIdentityAssociation {
  return {
    associationArn: `arn:aws:eks:us-east-1:${ACCOUNT}:podidentityassociation/prod/a-1`,
    associationId: "a-1",
    clusterArn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/prod`,
    clusterName: "prod",
    accountId: ACCOUNT,
    region: "us-east-1",
    namespace: "payments",
    serviceAccount: "api",
    roleArn: `arn:aws:iam::${ACCOUNT}:role/pod-role`,
    targetRoleArn: null,
    externalId: null,
    ...overrides,
  };
}

/** A healthy single-cluster org; cases override the parts they exercise. */
export function inventory(overrides: Partial<Inventory> = {}): Inventory {
  return {
    ...emptyInventory(),
    accounts: [{ accountId: ACCOUNT, name: "prod" }],
    providers: [provider()],
    clusters: [cluster()],
    issuers: [issuer()],
    ...overrides,
  };
}
