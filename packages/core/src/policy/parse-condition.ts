import { PathTable } from "../util/intern";
import { canonicalOperatorName, parseOperator } from "./conditions/operators";
import type { ConditionClause, ConditionOperator, PolicyWarning } from "./model";
import { childPath, fail, isPlainObject } from "./path";

/**
 * `"Condition": { "<operator>": { "<key>": value | [values] } }`. Values may be JSON strings,
 * numbers or booleans; IAM compares their text, so they are kept as strings.
 */
export function parseCondition(
  raw: unknown,
  statementPath: string,
  warnings: PolicyWarning[],
): ConditionClause[] {
  const path = paths.child(statementPath, "Condition");
  if (!isPlainObject(raw)) fail(path, "Condition must be an object of operators");
  const clauses: ConditionClause[] = [];
  const operators = Object.entries(raw);
  for (let o = 0; o < operators.length; o++) {
    const [opName, block] = operators[o] as [string, unknown];
    const opPath = paths.child(path, opName);
    const operator = parseOperator(opName);
    const canonical = canonicalName(opName, operator);
    if (!operator.known) {
      warnings.push({
        code: "unknown-operator",
        message: `unknown condition operator "${opName}": evaluated as never matching`,
        path: opPath,
      });
    } else if (canonical !== opName) {
      warnings.push({
        code: "operator-case",
        message: `operator "${opName}" is spelled "${canonical}" in the IAM documentation`,
        path: opPath,
      });
    }
    if (!isPlainObject(block)) fail(opPath, `${opName} must map condition keys to values`);
    const keys = Object.entries(block);
    if (keys.length === 0) fail(opPath, `${opName} has no condition keys`);
    for (let k = 0; k < keys.length; k++) {
      const [key, value] = keys[k] as [string, unknown];
      const keyPath = paths.child(opPath, key);
      if (key.trim() === "") fail(keyPath, "condition key is empty");
      clauses.push({
        operator,
        key,
        keyLower: lowerKey(key),
        values: parseValues(value, keyPath, warnings),
        path: keyPath,
      });
    }
  }
  return clauses;
}

// Clauses live as long as the parsed policy; their paths and lower-cased keys repeat across the
// policies of an inventory (same issuers, same operators), so one copy of each is kept.
const paths = new PathTable(childPath);
const lowerKeys = new Map<string, string>();
// The documented spelling of each operator name met, to flag names that differ only in case.
const canonicalNames = new Map<string, string>();

function canonicalName(opName: string, operator: ConditionOperator): string {
  let name = canonicalNames.get(opName);
  if (name === undefined) {
    name = canonicalOperatorName(operator);
    if (canonicalNames.size >= 10_000) canonicalNames.clear();
    canonicalNames.set(opName, name);
  }
  return name;
}

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
  let allStrings = true;
  for (let i = 0; i < list.length; i++) {
    if (!(i in list)) continue; // a hole (never in JSON) is kept, as Array#map keeps it
    const v: unknown = list[i];
    if (typeof v === "string") continue;
    allStrings = false;
    if ((typeof v === "number" && Number.isFinite(v)) || typeof v === "boolean") continue;
    fail(
      Array.isArray(value) ? childPath(path, i) : path,
      `condition value must be a string, number or boolean, got ${describe(v)}`,
    );
  }
  // Exactly the list's length: parsed policies are kept for the whole evaluation.
  if (!allStrings) return list.map(valueText);
  return Array.isArray(value) ? list.slice() : list;
}

/** A validated condition value as IAM compares it: its text. */
function valueText(v: unknown): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  return v as string;
}

export function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : typeof v;
}
