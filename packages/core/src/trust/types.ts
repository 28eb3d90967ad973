import type { ConditionClause, PolicyError, PolicyWarning } from "../policy/model";

/** Values a token claim (or a session tag, or sts:ExternalId) may take for a grant to apply. */
export type Except = { values: string[]; patterns: string[] };
export type SubjectSet =
  | { kind: "any"; except?: Except; approximate?: true }
  | {
      kind: "patterns";
      patterns: string[];
      values?: string[];
      ignoreCase?: true;
      except?: Except;
      approximate?: true;
    }
  | { kind: "exact"; values: string[]; ignoreCase?: true; approximate?: true }
  | { kind: "none" };
// `approximate` marks a display set that is a superset of what IAM accepts (e.g. the intersection
// of two unrelated StringLike clauses is shown as the first one); membership tests stay exact.

export type AudienceSet =
  | { kind: "any"; except?: Except; approximate?: true }
  | {
      kind: "list";
      values: string[];
      patterns?: string[];
      ignoreCase?: true;
      except?: Except;
      approximate?: true;
    }
  | { kind: "none" };

export type ConditionSummary = { operator: string; key: string; values: string[]; path: string };

export type MismatchedKey = {
  key: string;
  keyIssuer: string;
  operator: string;
  path: string;
  /** True when the clause holds with the key absent (IfExists, ForAllValues, negated): vacuous. */
  absentTolerant: boolean;
};

export type Grant = {
  statementIndex: number;
  sid: string | null;
  sub: SubjectSet;
  aud: AudienceSet;
  /** Conditions on other keys (aws:SourceIp, sts:RoleSessionName…): restrict further. */
  otherConditions: ConditionSummary[];
  mismatchedKeys: MismatchedKey[];
  /** Every clause of the statement, for exact membership tests. */
  clauses: ConditionClause[];
  hasCondition: boolean;
};

export type ProviderTrust = {
  providerArn: string;
  /** Condition-key prefix and issuer without scheme; null when the principal is not an OIDC provider. */
  issuer: string | null;
  providerAccountId: string | null;
  isEks: boolean;
  multiTenant: {
    id: string;
    name: string;
    scope: "global" | "organization";
    restrictingClaim: "sub" | "aud";
  } | null;
  grants: Grant[];
  denies: Grant[];
  sub: SubjectSet;
  aud: AudienceSet;
  variables: boolean;
};

export type PodIdentityConstraints = {
  clusterArns: SubjectSet;
  clusterNames: SubjectSet;
  namespaces: SubjectSet;
  serviceAccounts: SubjectSet;
  sourceAccounts: SubjectSet;
  sourceArns: SubjectSet;
};

export type ServiceTrust = {
  service: string;
  actions: string[];
  statementIndexes: number[];
  conditions: ConditionSummary[];
  /** Some Allow statement grants sts:AssumeRole to the service with no Condition at all. */
  unconditioned: boolean;
  podIdentity: PodIdentityConstraints | null;
};

export type AwsPrincipalTrust = {
  principal: string;
  kind: "any" | "account" | "role" | "user" | "assumed-role" | "federated-user" | "other";
  accountId: string | null;
  actions: string[];
  statementIndex: number;
  conditions: ConditionSummary[];
  /** Accepted sts:ExternalId values; kind "any" when the statement does not require one. */
  externalId: SubjectSet;
  /** NotPrincipal statements: everyone except these. */
  except?: string[];
};

export type TrustAnalysis = {
  policyError: PolicyError | null;
  warnings: PolicyWarning[];
  providers: ProviderTrust[];
  services: ServiceTrust[];
  awsPrincipals: AwsPrincipalTrust[];
  /** Allow statements whose principal is "*" or NotPrincipal and that cover web identity. */
  wildcardWebIdentityStatements: number[];
};

export type TrustContext = {
  /** Extra provider ARNs to consider (e.g. for statements with Principal "*"). */
  providerArns?: string[];
};
