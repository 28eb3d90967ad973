import type { ConditionOperator, OperatorFamily } from "../model";

type BaseInfo = { family: OperatorFamily; negated: boolean; wildcards: boolean; ignoreCase: boolean };

// IAM JSON policy elements: Condition operators. ArnEquals behaves exactly like ArnLike (the IAM
// documentation lists them together: each of the six ARN components is matched separately and may
// use `*` and `?`), so both carry wildcards = true.
const BASES: Record<string, BaseInfo> = {
  StringEquals: { family: "string", negated: false, wildcards: false, ignoreCase: false },
  StringNotEquals: { family: "string", negated: true, wildcards: false, ignoreCase: false },
  StringEqualsIgnoreCase: { family: "string", negated: false, wildcards: false, ignoreCase: true },
  StringNotEqualsIgnoreCase: { family: "string", negated: true, wildcards: false, ignoreCase: true },
  StringLike: { family: "string", negated: false, wildcards: true, ignoreCase: false },
  StringNotLike: { family: "string", negated: true, wildcards: true, ignoreCase: false },
  ArnEquals: { family: "arn", negated: false, wildcards: true, ignoreCase: false },
  ArnLike: { family: "arn", negated: false, wildcards: true, ignoreCase: false },
  ArnNotEquals: { family: "arn", negated: true, wildcards: true, ignoreCase: false },
  ArnNotLike: { family: "arn", negated: true, wildcards: true, ignoreCase: false },
  Bool: { family: "bool", negated: false, wildcards: false, ignoreCase: false },
  Null: { family: "null", negated: false, wildcards: false, ignoreCase: false },
  NumericEquals: { family: "numeric", negated: false, wildcards: false, ignoreCase: false },
  NumericNotEquals: { family: "numeric", negated: true, wildcards: false, ignoreCase: false },
  NumericLessThan: { family: "numeric", negated: false, wildcards: false, ignoreCase: false },
  NumericLessThanEquals: { family: "numeric", negated: false, wildcards: false, ignoreCase: false },
  NumericGreaterThan: { family: "numeric", negated: false, wildcards: false, ignoreCase: false },
  NumericGreaterThanEquals: { family: "numeric", negated: false, wildcards: false, ignoreCase: false },
  DateEquals: { family: "date", negated: false, wildcards: false, ignoreCase: false },
  DateNotEquals: { family: "date", negated: true, wildcards: false, ignoreCase: false },
  DateLessThan: { family: "date", negated: false, wildcards: false, ignoreCase: false },
  DateLessThanEquals: { family: "date", negated: false, wildcards: false, ignoreCase: false },
  DateGreaterThan: { family: "date", negated: false, wildcards: false, ignoreCase: false },
  DateGreaterThanEquals: { family: "date", negated: false, wildcards: false, ignoreCase: false },
  IpAddress: { family: "ip", negated: false, wildcards: false, ignoreCase: false },
  NotIpAddress: { family: "ip", negated: true, wildcards: false, ignoreCase: false },
  BinaryEquals: { family: "binary", negated: false, wildcards: false, ignoreCase: false },
};

const BASE_BY_LOWER = new Map(Object.keys(BASES).map((k) => [k.toLowerCase(), k]));
const cache = new Map<string, ConditionOperator>();

export function parseOperator(raw: string): ConditionOperator {
  const hit = cache.get(raw);
  if (hit) return hit;
  const op = parseOperatorUncached(raw);
  if (cache.size < 10_000) cache.set(raw, op);
  return op;
}

function parseOperatorUncached(raw: string): ConditionOperator {
  let rest = raw;
  let qualifier: ConditionOperator["qualifier"] = null;
  const colon = rest.indexOf(":");
  if (colon >= 0) {
    const q = rest.slice(0, colon).toLowerCase();
    if (q === "forallvalues") qualifier = "ForAllValues";
    else if (q === "foranyvalue") qualifier = "ForAnyValue";
    else return unknown(raw);
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.toLowerCase().endsWith("ifexists")) {
    ifExists = true;
    rest = rest.slice(0, -"ifexists".length);
  }
  const base = BASE_BY_LOWER.get(rest.toLowerCase());
  const info = base ? BASES[base] : undefined;
  // IAM has no NullIfExists: Null already tests existence.
  if (!base || !info || (ifExists && base === "Null")) return unknown(raw);
  return { raw, qualifier, base, ifExists, known: true, ...info };
}

function unknown(raw: string): ConditionOperator {
  return {
    raw,
    qualifier: null,
    base: raw,
    family: "unknown",
    negated: false,
    wildcards: false,
    ignoreCase: false,
    ifExists: false,
    known: false,
  };
}

/** The canonical spelling, to flag documents that rely on case-insensitive operator names. */
export function canonicalOperatorName(op: ConditionOperator): string {
  if (!op.known) return op.raw;
  return `${op.qualifier ? `${op.qualifier}:` : ""}${op.base}${op.ifExists ? "IfExists" : ""}`;
}
