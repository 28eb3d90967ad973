/**
 * A scenario is plain data: what exists in each AWS account and how each OIDC issuer behaves.
 * Timestamps are ISO strings so a scenario can be written to and read from JSON.
 */
export type Tag = { key: string; value: string };

/**
 * In thumbprint lists, this placeholder stands for the sandbox CA's real top-intermediate thumbprint,
 * which is only known once the per-process CA exists.
 */
export const SANDBOX_CA_THUMBPRINT = "{{sandbox-ca-thumbprint}}";

export type ScenarioProvider = {
  /** Full issuer URL with `https://`; IAM stores it without the scheme. */
  url: string;
  clientIds: string[];
  thumbprints: string[];
  createdAt: string;
  tags?: Tag[];
};

export type ScenarioManagedPolicy = { name: string; arn: string; path?: string; document: string };

export type ScenarioInlinePolicy = { name: string; document: string };

export type ScenarioRole = {
  name: string;
  path?: string;
  description?: string;
  /** The trust policy as plain JSON; the sandbox URL-encodes it where IAM does. */
  trustPolicy: string;
  /** Managed policy ARNs: AWS-managed (`arn:aws:iam::aws:policy/...`) or the account's own. */
  attachedPolicyArns: string[];
  inlinePolicies: ScenarioInlinePolicy[];
  /** Seconds, 3600..43200 (IAM default 3600). */
  maxSessionDuration: number;
  lastUsed?: { date: string; region: string };
  createdAt: string;
  tags?: Tag[];
};

export type ScenarioPodIdentityAssociation = {
  id: string;
  namespace: string;
  serviceAccount: string;
  roleArn: string;
  /** Cross-account Pod Identity: EKS assumes roleArn, then targetRoleArn with externalId. */
  targetRoleArn?: string;
  externalId?: string;
  createdAt: string;
};

export type ScenarioIdentityProviderConfig = {
  name: string;
  issuerUrl: string;
  clientId: string;
  usernameClaim?: string;
  usernamePrefix?: string;
  groupsClaim?: string;
  groupsPrefix?: string;
  requiredClaims?: Record<string, string>;
  status: "CREATING" | "DELETING" | "ACTIVE";
};

export type AuthenticationMode = "API" | "API_AND_CONFIG_MAP" | "CONFIG_MAP";

export type ScenarioCluster = {
  name: string;
  region: string;
  version: string;
  status: "CREATING" | "ACTIVE" | "DELETING" | "FAILED" | "UPDATING";
  /** 32 upper-case hex characters: the issuer is `https://oidc.eks.REGION.amazonaws.com/id/ISSUERID`. */
  issuerId: string;
  authenticationMode: AuthenticationMode;
  createdAt: string;
  podIdentityAssociations: ScenarioPodIdentityAssociation[];
  identityProviderConfigs: ScenarioIdentityProviderConfig[];
};

export type ScenarioAccount = {
  id: string;
  name: string;
  email: string;
  regions: string[];
  /** Regions where EKS calls fail as in an opt-in region that is not enabled for the account. */
  eksUnavailableRegions?: string[];
  providers: ScenarioProvider[];
  roles: ScenarioRole[];
  managedPolicies?: ScenarioManagedPolicy[];
  clusters: ScenarioCluster[];
};

/** EKS rotates its service-account signing key every 7 days; `frozenSince` models an issuer that stopped. */
export type IssuerRotation =
  | { everyDays: number; anchor: string; tokenLifetimeHours?: number }
  | { frozenSince: string };

export type IssuerFault =
  | "unreachable"
  | "wrong-issuer"
  | "expired-cert"
  | "untrusted-cert"
  | "bad-json"
  | "huge-jwks";

export type ScenarioIssuer = {
  /** Issuer URL exactly as in the `iss` claim, e.g. `https://token.actions.githubusercontent.com`. */
  url: string;
  rotation?: IssuerRotation;
  faults?: IssuerFault[];
};

export type ScenarioOrganization = {
  id: string;
  managementAccountId: string;
  managementEmail: string;
  memberAccountIds: string[];
};

export type Scenario = {
  name: string;
  /** The ExternalId the audit and remediation roles expect. */
  externalId: string;
  organization?: ScenarioOrganization;
  accounts: ScenarioAccount[];
  /** Issuers with non-default behaviour; every cluster's EKS issuer is served even when not listed. */
  issuers: ScenarioIssuer[];
};
