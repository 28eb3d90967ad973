export { startSandbox, type Sandbox, type StartSandboxOptions } from "./sandbox";
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
export type { Faults, InjectedError } from "./faults";
export type { LatencyConfig } from "./latency";
export type { CallCount, Metrics } from "./metrics";
export type { RateLimit, ThrottleConfig } from "./throttle";
export type { AccountState, ClusterState, ProviderState, RoleState, SandboxState } from "./state/types";
export { thumbprintOf, topIntermediateThumbprint } from "./issuers/pki";
export { issuerResolveMap, sandboxEnv } from "./env-lines";
export * from "./scenarios/types";
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
