import { StringTable } from "../util/intern";
import { canonicalOperatorName, parseOperator } from "./conditions/operators";
import type { ConditionClause, PolicyWarning } from "./model";
import { childPath, fail, isPlainObject } from "./path";

/**
 * `"Condition": { "<operator>": { "<key>": value | [values] } }`. Values may be JSON strings,
 * numbers or booleans; IAM compares their text, so they are kept as strings.
 */
export function parseCondition(raw: unknown, path: string, warnings: PolicyWarning[]): ConditionClause[] {
  if (!isPlainObject(raw)) fail(path, "Condition must be an object of operators");
  const clauses: ConditionClause[] = [];
  for (const [opName, block] of Object.entries(raw)) {
    const opPath = childPath(path, opName);
    const operator = parseOperator(opName);
    if (!operator.known) {
      warnings.push({
        code: "unknown-operator",
        message: `unknown condition operator "${opName}": evaluated as never matching`,
        path: opPath,
      });
    } else if (canonicalOperatorName(operator) !== opName) {
      warnings.push({
        code: "operator-case",
        message: `operator "${opName}" is spelled "${canonicalOperatorName(operator)}" in the IAM documentation`,
        path: opPath,
      });
    }
    if (!isPlainObject(block)) fail(opPath, `${opName} must map condition keys to values`);
    const keys = Object.entries(block);
    if (keys.length === 0) fail(opPath, `${opName} has no condition keys`);
    for (const [key, value] of keys) {
      const keyPath = childPath(opPath, key);
      if (key.trim() === "") fail(keyPath, "condition key is empty");
      clauses.push({
        operator,
        key,
        keyLower: lowerKey(key),
        values: parseValues(value, keyPath, warnings),
        path: sharedStrings.intern(keyPath),
      });
    }
  }
  return clauses;
}

// Clauses live as long as the parsed policy; their paths and lower-cased keys repeat across the
// policies of an inventory (same issuers, same operators), so one copy of each is kept.
const sharedStrings = new StringTable();
const lowerKeys = new Map<string, string>();

function lowerKey(key: string): string {
  let lower = lowerKeys.get(key);
  if (lower === undefined) {
    lower = key.toLowerCase();
    if (lowerKeys.size >= 10_000) lowerKeys.clear();
    lowerKeys.set(key, lower);
  }
  return lower;
}

function parseValues(value: unknown, path: string, warnings: PolicyWarning[]): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) {
    // The values of a key are OR-ed: an empty list matches nothing (and its negation everything).
    warnings.push({ code: "empty-values", message: "condition value list is empty", path });
  }
  return list.map((v, i) => {
    if (typeof v === "string") return v;
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
    if (typeof v === "boolean") return v ? "true" : "false";
    return fail(
      Array.isArray(value) ? childPath(path, i) : path,
      `condition value must be a string, number or boolean, got ${describe(v)}`,
    );
  });
}

export function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : typeof v;
}
