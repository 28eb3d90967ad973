export * from "./issuer-probe";
export { CallCounter, countCalls } from "./clients/call-counter";
export {
  createEksClient,
  createIamClient,
  createOrganizationsClient,
  createStsClient,
  type AwsCredentials,
  type ClientOptions,
} from "./clients/create-clients";
export { RoleAssumer, toSessionName, type AssumedCredentials, type AssumeRoleInput } from "./credentials/role-assumer";
export { classifyAwsError, type AwsErrorKind, type ClassifiedAwsError } from "./errors";
export { collectAccount, type CollectAccountInput } from "./collectors/collect-account";
export { collectEksRegion } from "./collectors/eks";
export { collectOidcProviders } from "./collectors/iam-providers";
export { collectRoles } from "./collectors/iam-roles";
export { listOrganizationAccounts, type DiscoveredAccount } from "./collectors/organizations";
export type { AccountInventory, CollectorWarning } from "./collectors/types";
export { mapWithConcurrency } from "./util/concurrency";
export * from "./remediation";
