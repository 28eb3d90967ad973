import { parsePrincipal } from "../arn/principal-arn";
import type { PolicyKind, PolicyWarning, PrincipalSpec, Statement } from "./model";
import { describe, parseCondition } from "./parse-condition";
import { childPath, fail, isPlainObject } from "./path";

const STATEMENT_KEYS = new Set([
  "Sid",
  "Effect",
  "Principal",
  "NotPrincipal",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Condition",
]);
const PRINCIPAL_TYPES: Record<string, keyof Omit<Extract<PrincipalSpec, { kind: "map" }>, "kind">> = {
  AWS: "aws",
  Federated: "federated",
  Service: "service",
  CanonicalUser: "canonicalUser",
};
// "service:action" with IAM wildcards, or a lone "*" (IAM: "Actions must be prefaced by a vendor").
const ACTION = /^(\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+)$/;

export function parseStatement(
  raw: unknown,
  index: number,
  path: string,
  kind: PolicyKind,
  warnings: PolicyWarning[],
): Statement {
  if (!isPlainObject(raw)) fail(path, `statement must be an object, got ${describe(raw)}`);
  const keys = Object.keys(raw);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (!STATEMENT_KEYS.has(key)) fail(childPath(path, key), `unknown statement element "${key}"`);
  }
  const sid = raw.Sid;
  if (sid !== undefined && typeof sid !== "string") fail(childPath(path, "Sid"), "Sid must be a string");
  const effect = raw.Effect;
  // IAM accepts exactly "Allow" or "Deny", case-sensitive.
  if (effect !== "Allow" && effect !== "Deny") {
    fail(
      childPath(path, "Effect"),
      effect === undefined
        ? "Effect is required"
        : `Effect must be "Allow" or "Deny", got ${JSON.stringify(effect)}`,
    );
  }
  exclusive(raw, "Principal", "NotPrincipal", path);
  exclusive(raw, "Action", "NotAction", path);
  exclusive(raw, "Resource", "NotResource", path);
  const hasPrincipal = raw.Principal !== undefined || raw.NotPrincipal !== undefined;
  const hasResource = raw.Resource !== undefined || raw.NotResource !== undefined;
  if (raw.Action === undefined && raw.NotAction === undefined)
    fail(path, "statement needs Action or NotAction");
  if (kind === "trust") {
    if (!hasPrincipal) fail(path, "trust policy statement needs Principal or NotPrincipal");
    if (hasResource)
      fail(
        childPath(path, raw.Resource !== undefined ? "Resource" : "NotResource"),
        "trust policies may not contain Resource",
      );
  }
  if (kind === "identity") {
    if (hasPrincipal)
      fail(
        childPath(path, raw.Principal !== undefined ? "Principal" : "NotPrincipal"),
        "identity policies may not contain Principal",
      );
    if (!hasResource) fail(path, "identity policy statement needs Resource or NotResource");
  }
  // Each element's path is built only when the element is present: most statements lack most of
  // the optional elements, and every policy of every role goes through here.
  const { Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition } = raw;
  return {
    index,
    path,
    sid: typeof sid === "string" ? sid : null,
    effect,
    principal:
      Principal === undefined ? null : parsePrincipalSpec(Principal, childPath(path, "Principal"), warnings),
    notPrincipal:
      NotPrincipal === undefined
        ? null
        : parsePrincipalSpec(NotPrincipal, childPath(path, "NotPrincipal"), warnings),
    actions: Action === undefined ? null : parseActions(Action, childPath(path, "Action")),
    notActions: NotAction === undefined ? null : parseActions(NotAction, childPath(path, "NotAction")),
    resources: Resource === undefined ? null : parseStrings(Resource, childPath(path, "Resource")),
    notResources:
      NotResource === undefined ? null : parseStrings(NotResource, childPath(path, "NotResource")),
    conditions: Condition === undefined ? [] : parseCondition(Condition, path, warnings),
  };
}

function exclusive(raw: Record<string, unknown>, a: string, b: string, path: string): void {
  if (raw[a] !== undefined && raw[b] !== undefined) fail(path, `statement may not have both ${a} and ${b}`);
}

function parseStrings(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) {
    if (typeof value !== "string" || value === "")
      fail(path, `expected a non-empty string, got ${describe(value)}`);
    return [value];
  }
  if (value.length === 0) fail(path, "list is empty");
  for (let i = 0; i < value.length; i++) {
    if (!(i in value)) continue; // a hole (never in JSON) is kept, as Array#map keeps it
    const v: unknown = value[i];
    if (typeof v !== "string" || v === "")
      fail(childPath(path, i), `expected a non-empty string, got ${describe(v)}`);
  }
  // A copy of exactly the list's length: parsed policies are kept for the whole evaluation.
  return value.slice();
}

function parseActions(value: unknown, path: string): string[] {
  const actions = parseStrings(value, path);
  for (let i = 0; i < actions.length; i++) {
    if (!(i in actions)) continue; // holes, as in parseStrings
    const a = actions[i] as string;
    if (!ACTION.test(a))
      fail(
        Array.isArray(value) ? childPath(path, i) : path,
        `"${a}" is not an action ("service:Action" or "*")`,
      );
  }
  return actions;
}

function parsePrincipalSpec(value: unknown, path: string, warnings: PolicyWarning[]): PrincipalSpec {
  if (value === "*") return { kind: "any" };
  if (!isPlainObject(value))
    fail(
      path,
      `principal must be "*" or an object of AWS/Federated/Service/CanonicalUser, got ${describe(value)}`,
    );
  const spec: PrincipalSpec = { kind: "map", aws: [], federated: [], service: [], canonicalUser: [] };
  const entries = Object.entries(value);
  if (entries.length === 0) fail(path, "principal object is empty");
  for (let e = 0; e < entries.length; e++) {
    const [type, v] = entries[e] as [string, unknown];
    const field = PRINCIPAL_TYPES[type];
    const p = childPath(path, type);
    if (!field)
      fail(p, `unknown principal type "${type}" (expected AWS, Federated, Service or CanonicalUser)`);
    const values = parseStrings(v, p);
    if (field === "aws") {
      for (let i = 0; i < values.length; i++) {
        if (!(i in values)) continue;
        const a = values[i] as string;
        // IAM replaces the ARN of a deleted principal with its unique id (AROA…/AIDA…): keep it,
        // it simply never matches a caller again.
        if (a !== "*" && parsePrincipal(a).kind === "other") {
          warnings.push({
            code: "unrecognised-principal",
            message: `"${a}" is not an account id or IAM ARN`,
            path: Array.isArray(v) ? childPath(p, i) : p,
          });
        }
      }
    }
    spec[field] = values;
  }
  return spec;
}
