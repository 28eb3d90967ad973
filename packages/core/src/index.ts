// @trustwatch/core — pure domain: ARNs and issuers, IAM policy model and evaluator, trust
// analysis, rule catalogue, drift and exceptions. No I/O, clock, env or randomness.

export { type Arn, accountIdOfArn, formatArn, isAccountId, parseArn, partitionOfArn } from "./arn/parse-arn";
export { type PrincipalRef, parsePrincipal, parseRoleArn } from "./arn/principal-arn";
export { awsPrincipalMatches } from "./arn/principal-match";
export { diffInventories, type InventoryDiff, type ListChange, type TrustChange } from "./drift/diff";
export { summarizeTrust } from "./drift/summary";
export { applyExceptions, type Exception, exceptionMatches, ZException } from "./exceptions/apply";
export { computeFingerprint } from "./hash/fingerprint";
export { sha1Hex } from "./hash/sha1";
export * from "./inventory/types";
export { type EksIssuer, isEksIssuer, parseEksIssuer } from "./issuers/eks";
export {
  findMultiTenantIssuer,
  isMultiTenantIssuer,
  MULTI_TENANT_ISSUERS,
  type MultiTenantIssuer,
} from "./issuers/multi-tenant";
export {
  BUILTIN_WEB_IDENTITY_PROVIDERS,
  issuerFromProviderArn,
  issuerOfFederated,
  normalizeIssuer,
  providerArnFor,
  sameIssuer,
  toIssuerUrl,
} from "./issuers/normalize";
export {
  parseServiceAccountSubject,
  SERVICE_ACCOUNT_PREFIX,
  serviceAccountSubject,
} from "./issuers/service-account";
export { type AdminLike, assessAdminLike } from "./permissions/admin-like";
export { type RequestContext, type RequestContextInput, toRequestContext } from "./policy/conditions/context";
export { evaluateClause, evaluateConditions, matchValue } from "./policy/conditions/evaluate-clause";
export { parseOperator } from "./policy/conditions/operators";
export { MAX_POLICY_CHARS, MAX_POLICY_DEPTH } from "./policy/decode";
export { type AssumeDecision, type AssumeRequest, canAssume, matchingStatements } from "./policy/evaluate";
export {
  actionMatches,
  type PrincipalType,
  principalMatches,
  type RequestPrincipal,
} from "./policy/match-statement";
export type * from "./policy/model";
export { isPolicyDocument } from "./policy/model";
export { type ParseOptions, parsePolicy } from "./policy/parse";
export { postureScore, type SeverityCounts } from "./posture/score";
export * from "./remediation";
export { type EvaluateOptions, evaluate } from "./rules/evaluate";
export { InventoryIndex } from "./rules/inventory-index";
export { checkTrustPolicy, type LonePolicyOptions, type LonePolicyReport } from "./rules/lone-policy";
export { getRule, listRules } from "./rules/registry";
export { isAtLeast, raiseSeverity, SEVERITY_ORDER, severityRank } from "./rules/severity";
export type { Finding, ResourceType, Rule, RuleContext, RuleFinding, Severity } from "./rules/types";
export { ZFinding, ZResourceType, ZSeverity } from "./rules/types";
export { analyzeTrust, WEB_IDENTITY_ACTION } from "./trust/analyze";
export { POD_IDENTITY_SERVICE, SESSION_ACTIONS } from "./trust/analyze-services";
export {
  type DescribeOptions,
  describeAudienceSet,
  describeProviderTrust,
  describeSubject,
  describeSubjectSet,
} from "./trust/describe";
export { type TrustSubjectRow, trustSubjectRows } from "./trust/subject-rows";
export { isAudienceSetSubset, isSubjectSetSubset, isTrustSubset } from "./trust/subject-set";
export { isTokenAllowed, type WebIdentityToken } from "./trust/token";
export type * from "./trust/types";
export { globContains, globMatch, hasWildcard } from "./util/glob";
export { stableStringify } from "./util/json";
