/** Exactly the read-only calls the scanner makes (packages/aws collectors); nothing that writes. */
export const AUDIT_ROLE_ACTIONS = [
  "iam:ListRoles",
  "iam:GetAccountAuthorizationDetails",
  "iam:ListOpenIDConnectProviders",
  "iam:GetOpenIDConnectProvider",
  "eks:ListClusters",
  "eks:DescribeCluster",
  "eks:ListPodIdentityAssociations",
  "eks:DescribePodIdentityAssociation",
  "eks:ListIdentityProviderConfigs",
  "eks:DescribeIdentityProviderConfig",
] as const;

/**
 * What approved remediation changes, plus the reads it needs to check that the live state
 * still equals the plan's "before" (a stale plan is aborted, not applied).
 */
export const REMEDIATION_ROLE_ACTIONS = [
  "iam:UpdateAssumeRolePolicy",
  "iam:UpdateOpenIDConnectProviderThumbprint",
  "iam:AddClientIDToOpenIDConnectProvider",
  "iam:CreateOpenIDConnectProvider",
  "iam:DeleteOpenIDConnectProvider",
  "iam:TagOpenIDConnectProvider",
  "iam:GetRole",
  "iam:GetOpenIDConnectProvider",
  "iam:ListOpenIDConnectProviders",
] as const;

export const AUDIT_ROLE_NAME = "TrustwatchAudit";
export const REMEDIATION_ROLE_NAME = "TrustwatchRemediation";

/** The demo's Trustwatch account root; deployments set TRUSTWATCH_AWS_PRINCIPAL_ARN. */
export const DEFAULT_TRUSTWATCH_PRINCIPAL_ARN = "arn:aws:iam::999999999999:root";
