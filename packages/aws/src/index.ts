export { CallCounter, countCalls } from "./clients/call-counter";
export {
  type AwsCredentials,
  type ClientOptions,
  createEksClient,
  createIamClient,
  createOrganizationsClient,
  createStsClient,
} from "./clients/create-clients";
export { SharedHttpHandler } from "./clients/shared-http-handler";
export { type CollectAccountInput, collectAccount } from "./collectors/collect-account";
export { collectEksRegion } from "./collectors/eks";
export { collectOidcProviders } from "./collectors/iam-providers";
export { collectRoles } from "./collectors/iam-roles";
export { type DiscoveredAccount, listOrganizationAccounts } from "./collectors/organizations";
export type { AccountInventory, CollectorWarning } from "./collectors/types";
export { type CallerIdentity, getCallerIdentity } from "./credentials/caller-identity";
export {
  type AssumedCredentials,
  type AssumeRoleInput,
  RoleAssumer,
  toSessionName,
} from "./credentials/role-assumer";
export { type AwsErrorKind, type ClassifiedAwsError, classifyAwsError } from "./errors";
export * from "./issuer-probe";
export * from "./remediation";
export { createLimiter, type Limiter, mapWithConcurrency } from "./util/concurrency";
