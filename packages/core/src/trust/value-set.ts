import { evaluateClause } from "../policy/conditions/evaluate-clause";
import { hasVariable } from "../policy/conditions/variables";
import type { ConditionClause } from "../policy/model";
import { globContains, hasWildcard } from "../util/glob";
import type { AudienceSet, Except, SubjectSet } from "./types";

/** Does the clause hold for a request whose `key` has the single value `value`? */
export function clauseAccepts(clause: ConditionClause, value: string, variables: boolean): boolean {
  return evaluateClause(clause, new Map<string, string[]>().set(clause.keyLower, [value]), variables);
}

/** Does every clause (AND-ed) accept the single value? */
function acceptedByAll(clauses: readonly ConditionClause[], value: string, variables: boolean): boolean {
  for (const c of clauses) if (!clauseAccepts(c, value, variables)) return false;
  return true;
}

/**
 * Display form of the values a single-valued, always-present claim may take under `clauses`
 * (all on that claim, AND-ed). Exact where IAM semantics make it so; otherwise `approximate`.
 */
export function deriveValueSet(clauses: readonly ConditionClause[], variables: boolean): SubjectSet {
  let approximate = false;
  const exact: ConditionClause[] = [];
  const like: ConditionClause[] = [];
  const except: Except = { values: [], patterns: [] };
  for (const c of clauses) {
    const op = c.operator;
    if (!op.known) return { kind: "none" };
    if (variables && c.values.some(hasVariable)) {
      approximate = true;
      continue;
    }
    if (op.family === "null") {
      // The claim is always present: Null:true never holds, Null:false always does.
      if (c.values.every((v) => v.toLowerCase() !== "false")) return { kind: "none" };
      continue;
    }
    if (op.family !== "string") {
      approximate = true;
      continue;
    }
    if (op.negated) {
      (op.wildcards ? except.patterns : except.values).push(...c.values);
      if (op.ignoreCase) approximate = true;
    } else if (op.wildcards) {
      // A clause with a pattern made only of `*` accepts every value: no constraint.
      if (!c.values.some((v) => v.length > 0 && /^\*+$/.test(v))) like.push(c);
    } else exact.push(c);
  }
  const caseSensitive = exact.find((c) => !c.operator.ignoreCase);
  const base = caseSensitive ?? exact[0];
  if (base) {
    const values = [...new Set(base.values.filter((v) => acceptedByAll(clauses, v, variables)))];
    if (values.length === 0) return { kind: "none" };
    return caseSensitive ? { kind: "exact", values } : { kind: "exact", values, ignoreCase: true };
  }
  if (like.length > 0) {
    const chosen =
      like.length === 1
        ? like[0]
        : (like.find((c) =>
            like.every((o) => o === c || c.values.every((p) => o.values.some((q) => globContains(q, p)))),
          ) ?? like[0]);
    if (!chosen) return { kind: "none" };
    // Exact only when the chosen clause is provably inside every other Like clause.
    approximate ||= !like.every(
      (o) => o === chosen || chosen.values.every((p) => o.values.some((q) => globContains(q, p))),
    );
    const literals = chosen.values.filter((p) => !hasWildcard(p));
    const patterns = chosen.values.filter(hasWildcard);
    if (patterns.length === 0) {
      const values = [...new Set(literals.filter((v) => acceptedByAll(clauses, v, variables)))];
      return values.length === 0 ? { kind: "none" } : { kind: "exact", values };
    }
    const set: SubjectSet = { kind: "patterns", patterns: [...new Set(patterns)] };
    const values = literals.filter((v) => acceptedByAll(clauses, v, variables));
    if (values.length > 0) set.values = [...new Set(values)];
    if (except.values.length + except.patterns.length > 0) set.except = except;
    if (approximate) set.approximate = true;
    return set;
  }
  const any: SubjectSet = { kind: "any" };
  if (except.values.length + except.patterns.length > 0) any.except = except;
  if (approximate) any.approximate = true;
  return any;
}

/** Union of the sets of several grants (statements are OR-ed). */
export function unionValueSets(sets: readonly SubjectSet[]): SubjectSet {
  const live = sets.filter((s) => s.kind !== "none");
  if (live.length === 0) return { kind: "none" };
  const anys = live.filter((s) => s.kind === "any");
  if (anys.length > 0) {
    const only = anys.length === 1 && live.length === 1 ? anys[0] : undefined;
    if (only) return only;
    const hasExcept = anys.some((s) => s.except !== undefined);
    return hasExcept ? { kind: "any", approximate: true } : { kind: "any" };
  }
  const values = new Set<string>();
  const patterns = new Set<string>();
  let ignoreCase = false;
  let approximate = false;
  for (const s of live) {
    if (s.kind === "exact") for (const v of s.values) values.add(v);
    if (s.kind === "patterns") {
      for (const p of s.patterns) patterns.add(p);
      for (const v of s.values ?? []) values.add(v);
      if (s.except || s.approximate) approximate = true;
    }
    if ("ignoreCase" in s && s.ignoreCase) ignoreCase = true;
  }
  if (patterns.size === 0) {
    return ignoreCase
      ? { kind: "exact", values: [...values], ignoreCase: true }
      : { kind: "exact", values: [...values] };
  }
  const out: SubjectSet = { kind: "patterns", patterns: [...patterns] };
  if (values.size > 0) out.values = [...values];
  if (ignoreCase) out.ignoreCase = true;
  if (approximate) out.approximate = true;
  return out;
}

export function toAudienceSet(set: SubjectSet): AudienceSet {
  switch (set.kind) {
    case "any":
    case "none":
      return set;
    case "exact":
      return set.ignoreCase
        ? { kind: "list", values: set.values, ignoreCase: true }
        : { kind: "list", values: set.values };
    case "patterns": {
      const { kind: _kind, patterns, values, ...rest } = set;
      return { kind: "list", values: values ?? [], patterns, ...rest };
    }
  }
}

export function fromAudienceSet(set: AudienceSet): SubjectSet {
  if (set.kind !== "list") return set;
  const { kind: _kind, values, patterns, ...rest } = set;
  if (!patterns || patterns.length === 0) {
    return set.ignoreCase ? { kind: "exact", values, ignoreCase: true } : { kind: "exact", values };
  }
  return values.length > 0
    ? { kind: "patterns", patterns, values, ...rest }
    : { kind: "patterns", patterns, ...rest };
}
