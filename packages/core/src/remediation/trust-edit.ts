import { parseOperator } from "../policy/conditions/operators";
import { statementCoversAction, statementCoversPrincipal } from "../policy/match-statement";
import type { Statement } from "../policy/model";
import { parsePolicy } from "../policy/parse";
import { WEB_IDENTITY_ACTION } from "../trust/analyze";
import type { JsonObject } from "./documents";

// Edits of a trust policy's JSON that keep everything the planner does not mean to change
// (Sid, other principals, other condition keys, key order) exactly as the owner wrote it.

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Statement element as a list (IAM accepts a single object). */
export function statementsOf(doc: JsonObject): JsonObject[] {
  const raw = doc.Statement;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter(isObject);
}

export function withStatements(doc: JsonObject, statements: JsonObject[]): JsonObject {
  return { ...doc, Statement: statements };
}

/** Parsed statements (same indexes as `statementsOf`), or null when the document does not parse. */
export function parsedStatements(doc: JsonObject): Statement[] | null {
  const parsed = parsePolicy(doc, { kind: "trust" });
  return parsed.ok ? parsed.policy.statements : null;
}

/** Allow statements that let tokens of `providerArn` call AssumeRoleWithWebIdentity. */
export function webIdentityAllowIndexes(doc: JsonObject, providerArn: string): number[] {
  const principal = { type: "Federated" as const, id: providerArn };
  return (parsedStatements(doc) ?? [])
    .filter(
      (s) =>
        s.effect === "Allow" &&
        statementCoversPrincipal(s, principal) &&
        statementCoversAction(s, WEB_IDENTITY_ACTION),
    )
    .map((s) => s.index);
}

function asStrings(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
}

/** Rewrites a statement's Condition; operator blocks left empty are dropped, as is an empty Condition. */
export function editCondition(statement: JsonObject, edit: (condition: JsonObject) => void): JsonObject {
  const condition: JsonObject = {};
  if (isObject(statement.Condition))
    for (const [op, block] of Object.entries(statement.Condition))
      condition[op] = isObject(block) ? { ...block } : block;
  edit(condition);
  for (const [op, block] of Object.entries(condition))
    if (isObject(block) && Object.keys(block).length === 0) delete condition[op];
  const { Condition: _old, ...rest } = statement;
  return Object.keys(condition).length > 0 ? { ...rest, Condition: condition } : rest;
}

/**
 * Removes a condition key (IAM compares key names case-insensitively) from every operator that
 * only lets tokens in: negated operators (StringNotLike…) are restrictions and stay.
 */
export function removeConditionKey(condition: JsonObject, keyLower: string): void {
  for (const [op, block] of Object.entries(condition)) {
    if (!isObject(block) || parseOperator(op).negated) continue;
    for (const key of Object.keys(block)) if (key.toLowerCase() === keyLower) delete block[key];
  }
}

/** Sets `operator: { key: values }`, replacing the key in any letter case; one value is written as a string. */
export function setConditionKey(
  condition: JsonObject,
  operator: string,
  key: string,
  values: string[],
): void {
  const block = isObject(condition[operator]) ? (condition[operator] as JsonObject) : {};
  for (const k of Object.keys(block)) if (k.toLowerCase() === key.toLowerCase()) delete block[k];
  block[key] = values.length === 1 ? values[0] : values;
  condition[operator] = block;
}

/**
 * Removes one Federated principal from a statement. Returns null when the statement has no
 * principal left (it then trusts nobody and is dropped).
 */
export function removeFederated(statement: JsonObject, providerArn: string): JsonObject | null {
  const principal = statement.Principal;
  if (!isObject(principal) || principal.Federated === undefined) return statement;
  const federated = asStrings(principal.Federated);
  if (!federated.includes(providerArn)) return statement;
  const rest = federated.filter((f) => f !== providerArn);
  const next: JsonObject = { ...principal };
  if (rest.length === 0) delete next.Federated;
  else next.Federated = rest.length === 1 ? rest[0] : rest;
  if (Object.keys(next).length === 0) return null;
  return { ...statement, Principal: next };
}
