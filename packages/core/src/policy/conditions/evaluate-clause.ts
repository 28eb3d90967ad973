import type { ConditionClause, ConditionOperator } from "../model";
import { matchArn } from "./arn";
import type { RequestContext } from "./context";
import { matchIp } from "./ip";
import { matchBinary, matchBool, matchDate, matchNumeric } from "./scalar";
import { matchString } from "./string";
import { resolveVariables } from "./variables";

/** Positive-sense match of one request value against one policy value. */
export function matchValue(op: ConditionOperator, request: string, policy: string): boolean {
  switch (op.family) {
    case "string":
      return matchString(op.base, request, policy);
    case "arn":
      return matchArn(request, policy);
    case "bool":
      return matchBool(request, policy);
    case "numeric":
      return matchNumeric(op.base, request, policy);
    case "date":
      return matchDate(op.base, request, policy);
    case "ip":
      return matchIp(request, policy);
    case "binary":
      return matchBinary(request, policy);
    default:
      return false;
  }
}

/**
 * One operator/key pair of a Condition block, as IAM evaluates it (Condition operators;
 * single-valued vs multivalued context keys):
 * - values of the key are OR-ed; for a negated operator the result is the negation (NOR);
 * - key absent from the request: `…IfExists` → true; `ForAllValues:` → true; `ForAnyValue:` →
 *   false; otherwise false for positive operators and true for negated ones (StringNotEquals on an
 *   absent key matches);
 * - `Null: true` holds when the key is absent, `Null: false` when present;
 * - unknown operators never match.
 * `variables` enables `${…}` substitution (Version 2012-10-17 only).
 */
export function evaluateClause(clause: ConditionClause, ctx: RequestContext, variables: boolean): boolean {
  const op = clause.operator;
  if (!op.known) return false;
  const present = ctx.get(clause.keyLower);
  const absent = present === undefined || present.length === 0;
  if (op.family === "null") {
    return clause.values.some((v) => {
      const want = v.toLowerCase();
      return (want === "true" && absent) || (want === "false" && !absent);
    });
  }
  // ForAllValues also treats a null data set (e.g. an empty string) as absent.
  const nullSet = absent || (op.qualifier === "ForAllValues" && present.every((v) => v === ""));
  if (nullSet) {
    if (op.ifExists || op.qualifier === "ForAllValues") return true;
    if (op.qualifier === "ForAnyValue") return false;
    return op.negated;
  }
  const policyValues: string[] = [];
  for (const v of clause.values) {
    const resolved = variables ? resolveVariables(v, ctx) : v;
    // An unresolvable variable invalidates the statement: it can neither grant nor deny.
    if (resolved === null) return false;
    policyValues.push(resolved);
  }
  if (op.qualifier === "ForAllValues") return present.every((v) => satisfies(op, policyValues, v));
  if (op.qualifier === "ForAnyValue") return present.some((v) => satisfies(op, policyValues, v));
  // Without a set qualifier a multivalued request is read as "any value matches" for positive
  // operators and "no value matches" for negated ones.
  return op.negated
    ? present.every((v) => satisfies(op, policyValues, v))
    : present.some((v) => satisfies(op, policyValues, v));
}

// Module-level rather than a closure per call: trust analysis evaluates clauses for every
// condition value of every role.
function satisfies(op: ConditionOperator, policyValues: readonly string[], requestValue: string): boolean {
  let hit = false;
  for (const pv of policyValues) {
    if (matchValue(op, requestValue, pv)) {
      hit = true;
      break;
    }
  }
  return op.negated ? !hit : hit;
}

export function evaluateConditions(
  clauses: readonly ConditionClause[],
  ctx: RequestContext,
  variables: boolean,
): boolean {
  // Operators and keys are AND-ed.
  for (const c of clauses) if (!evaluateClause(c, ctx, variables)) return false;
  return true;
}
