export type { SandboxClock } from "./clock";
export {
  AUDIT_ROLE_NAME,
  DEFAULT_REGION,
  HOME_ACCESS_KEY_ID,
  HOME_ACCOUNT_ID,
  HOME_PRINCIPAL_ARN,
  HOME_SECRET_ACCESS_KEY,
  REMEDIATION_ROLE_NAME,
} from "./constants";
export { issuerResolveMap, sandboxEnv } from "./env-lines";
export type { Faults, InjectedError } from "./faults";
export { thumbprintOf, topIntermediateThumbprint } from "./issuers/pki";
export type { LatencyConfig } from "./latency";
export type { CallCount, Metrics } from "./metrics";
export { type Sandbox, type StartSandboxOptions, startSandbox } from "./sandbox";
export {
  createDemoScenario,
  DEMO_ACCOUNTS,
  DEMO_EXTERNAL_ID,
  DEMO_ISSUERS,
  DEMO_ORG_ID,
  demoScenario,
  ISSUER_IDS,
  QUOTA_PROVIDER_COUNT,
  withAuditRoleExternalId,
} from "./scenarios/demo";
export { generateLargeOrg, LARGE_ORG_EXTERNAL_ID, type LargeOrgOptions } from "./scenarios/large-org";
export { eksIssuerId, policy } from "./scenarios/policies";
export { registrationOf } from "./scenarios/registration";
export * from "./scenarios/types";
export type { AccountState, ClusterState, ProviderState, RoleState, SandboxState } from "./state/types";
export type { RateLimit, ThrottleConfig } from "./throttle";
