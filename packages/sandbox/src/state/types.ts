import type {
  ScenarioCluster,
  ScenarioManagedPolicy,
  ScenarioOrganization,
  ScenarioProvider,
  ScenarioRole,
} from "../scenarios/types";

/** Live, mutable data: tests may edit it between scans (e.g. widen a trust policy to show drift). */
export type ProviderState = ScenarioProvider & { arn: string };

export type RoleState = ScenarioRole & { arn: string; roleId: string; path: string };

export type ClusterState = ScenarioCluster & { arn: string };

export type AccountState = {
  id: string;
  name: string;
  email: string;
  regions: string[];
  eksUnavailableRegions: Set<string>;
  /** Keyed by provider ARN. */
  providers: Map<string, ProviderState>;
  /** Keyed by role name (IAM role names are unique per account, case-insensitively). */
  roles: Map<string, RoleState>;
  /** Customer-managed policies, keyed by ARN. */
  managedPolicies: Map<string, ScenarioManagedPolicy>;
  clusters: ClusterState[];
};

export type SandboxState = {
  externalId: string;
  organization: ScenarioOrganization | undefined;
  /** The thumbprint that replaces SANDBOX_CA_THUMBPRINT in scenario data. */
  caThumbprint: string;
  accountIds(): string[];
  /** Name and email without materialising the account (Organizations ListAccounts over 1,000 accounts). */
  accountSummary(id: string): { id: string; name: string; email: string } | undefined;
  /** Materialised on first access so a 1,000-account scenario starts instantly. */
  account(id: string): AccountState | undefined;
};
