// Normalised IAM policy model. Produced only by `parsePolicy`, so every list is non-empty where IAM
// requires it and every string element has been validated.

export type PrincipalSpec =
  | { kind: "any" } // "Principal": "*"
  | { kind: "map"; aws: string[]; federated: string[]; service: string[]; canonicalUser: string[] };

export type OperatorFamily =
  | "string"
  | "arn"
  | "bool"
  | "null"
  | "numeric"
  | "date"
  | "ip"
  | "binary"
  | "unknown";

export type ConditionOperator = {
  /** As written in the document, e.g. "ForAllValues:StringLikeIfExists". */
  raw: string;
  qualifier: "ForAllValues" | "ForAnyValue" | null;
  /** Canonical base name without qualifier and IfExists, e.g. "StringLike"; the raw text when unknown. */
  base: string;
  family: OperatorFamily;
  negated: boolean;
  /** `*` and `?` are wildcards (StringLike family and every ARN operator). */
  wildcards: boolean;
  ignoreCase: boolean;
  ifExists: boolean;
  known: boolean;
};

export type ConditionClause = {
  operator: ConditionOperator;
  /** Key as written; IAM compares key names case-insensitively, so use `keyLower` for lookups. */
  key: string;
  keyLower: string;
  /** JSON strings, numbers and booleans, as strings (IAM compares their text). */
  values: string[];
  path: string;
};

export type Effect = "Allow" | "Deny";

export type Statement = {
  index: number;
  path: string;
  sid: string | null;
  effect: Effect;
  principal: PrincipalSpec | null;
  notPrincipal: PrincipalSpec | null;
  actions: string[] | null;
  notActions: string[] | null;
  resources: string[] | null;
  notResources: string[] | null;
  /** Empty when the statement has no Condition element. */
  conditions: ConditionClause[];
};

export type PolicyWarning = { code: string; message: string; path: string };

export type PolicyDocument = {
  version: string | null;
  id: string | null;
  statements: Statement[];
  warnings: PolicyWarning[];
};

export type PolicyError = { message: string; path: string };

export type ParseResult = { ok: true; policy: PolicyDocument } | { ok: false; error: PolicyError };

/** Which elements IAM requires or forbids depends on where the policy is attached. */
export type PolicyKind = "trust" | "identity" | "any";

export function isPolicyDocument(value: unknown): value is PolicyDocument {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as { statements?: unknown }).statements) &&
    Array.isArray((value as { warnings?: unknown }).warnings)
  );
}
