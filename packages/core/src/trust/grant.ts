import { evaluateClause } from "../policy/conditions/evaluate-clause";
import type { ConditionClause, Statement } from "../policy/model";
import { claimKeysOf, issuerOfKey } from "./keys";
import type { ConditionSummary, Grant, MismatchedKey } from "./types";
import { deriveValueSet, toAudienceSet } from "./value-set";

const EMPTY = new Map<string, string[]>();

export function summarize(c: ConditionClause): ConditionSummary {
  return { operator: c.operator.raw, key: c.key, values: c.values, path: c.path };
}

/** Does the clause hold when its key is absent from the request? */
export function holdsWhenAbsent(c: ConditionClause): boolean {
  return evaluateClause(c, EMPTY, false);
}

/**
 * Splits a statement's conditions for one web-identity issuer: claims `sub` and `aud` of that
 * issuer, keys naming another issuer (never present in this provider's requests, so decided
 * statically by IAM's absent-key rules), and everything else.
 */
export function buildGrant(s: Statement, issuer: string | null, variables: boolean): Grant {
  const keys = issuer ? claimKeysOf(issuer) : null;
  const sub: ConditionClause[] = [];
  const aud: ConditionClause[] = [];
  const other: ConditionSummary[] = [];
  const mismatched: MismatchedKey[] = [];
  let dead = false;
  const conditions = s.conditions;
  for (let i = 0; i < conditions.length; i++) {
    const c = conditions[i] as ConditionClause;
    if (keys && c.keyLower === keys.sub) sub.push(c);
    else if (keys && c.keyLower === keys.aud) aud.push(c);
    else {
      const keyIssuer = issuerOfKey(c.keyLower);
      if (keys && keyIssuer && keyIssuer !== keys.issuer) {
        const absentTolerant = holdsWhenAbsent(c);
        if (!absentTolerant) dead = true;
        mismatched.push({ key: c.key, keyIssuer, operator: c.operator.raw, path: c.path, absentTolerant });
      } else {
        if (!c.operator.known) dead = true;
        other.push(summarize(c));
      }
    }
  }
  return {
    statementIndex: s.index,
    sid: s.sid,
    sub: dead ? { kind: "none" } : deriveValueSet(sub, variables),
    aud: dead ? { kind: "none" } : toAudienceSet(deriveValueSet(aud, variables)),
    otherConditions: other,
    mismatchedKeys: mismatched,
    clauses: s.conditions,
    hasCondition: s.conditions.length > 0,
  };
}
