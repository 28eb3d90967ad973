import { evaluateClause } from "../policy/conditions/evaluate-clause";
import { hasVariable } from "../policy/conditions/variables";
import type { ConditionClause } from "../policy/model";
import { globContains, hasWildcard } from "../util/glob";
import { trimmed } from "../util/trimmed";
import type { AudienceSet, Except, SubjectSet } from "./types";

/** Does the clause hold for a request whose `key` has the single value `value`? */
export function clauseAccepts(clause: ConditionClause, value: string, variables: boolean): boolean {
  return evaluateClause(clause, new Map<string, string[]>().set(clause.keyLower, [value]), variables);
}

/** Does every clause (AND-ed) accept the single value? */
function acceptedByAll(clauses: readonly ConditionClause[], value: string, variables: boolean): boolean {
  for (let i = 0; i < clauses.length; i++)
    if (!clauseAccepts(clauses[i] as ConditionClause, value, variables)) return false;
  return true;
}

// Trust analysis runs this for every claim of every distinct trust document, mostly before V8
// has optimised it: plain loops and module-level helpers rather than callbacks keep it cheap cold
// and keep the optimised code small (every closure and array builtin is inlined, and recompiled
// when a new document shape deoptimises it).

/** Values of `values` (in order, without repeats) that every clause accepts. */
function acceptedValues(
  values: readonly string[],
  clauses: readonly ConditionClause[],
  variables: boolean,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as string;
    if (acceptedByAll(clauses, v, variables)) out.push(v);
  }
  return unique(out);
}

/**
 * `values` without repeats, first occurrences kept, as `[...new Set(values)]` (a new array of
 * exactly that length: value sets are kept for the whole evaluation).
 */
function unique(values: readonly string[]): string[] {
  if (values.length > 8) return [...new Set(values)];
  const out: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as string;
    if (!out.includes(v)) out.push(v);
  }
  return trimmed(out);
}

function pushAll(into: string[], values: readonly string[]): void {
  for (let i = 0; i < values.length; i++) into.push(values[i] as string);
}

function someHasVariable(values: readonly string[]): boolean {
  for (let i = 0; i < values.length; i++) if (hasVariable(values[i] as string)) return true;
  return false;
}

/** Some value is made only of `*` (so the Like clause accepts every value). */
function someOnlyStars(values: readonly string[]): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as string;
    let j = 0;
    while (j < v.length && v.charCodeAt(j) === 42) j++;
    if (v.length > 0 && j === v.length) return true;
  }
  return false;
}

/** No value is "false" (any case): Null on an always-present claim then never holds. */
function noFalse(values: readonly string[]): boolean {
  for (let i = 0; i < values.length; i++) if ((values[i] as string).toLowerCase() === "false") return false;
  return true;
}

/** Is every value of Like clause `c` matched by some pattern of Like clause `o`? */
function likeWithin(c: ConditionClause, o: ConditionClause): boolean {
  for (let i = 0; i < c.values.length; i++) {
    const p = c.values[i] as string;
    let covered = false;
    for (let j = 0; j < o.values.length && !covered; j++) covered = globContains(o.values[j] as string, p);
    if (!covered) return false;
  }
  return true;
}

/** Is Like clause `c` within every other clause of `like`? */
function likeWithinAll(c: ConditionClause, like: readonly ConditionClause[]): boolean {
  for (let i = 0; i < like.length; i++) {
    const o = like[i] as ConditionClause;
    if (o !== c && !likeWithin(c, o)) return false;
  }
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
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i] as ConditionClause;
    const op = c.operator;
    if (!op.known) return { kind: "none" };
    if (variables && someHasVariable(c.values)) {
      approximate = true;
      continue;
    }
    if (op.family === "null") {
      // The claim is always present: Null:true never holds, Null:false always does.
      if (noFalse(c.values)) return { kind: "none" };
      continue;
    }
    if (op.family !== "string") {
      approximate = true;
      continue;
    }
    if (op.negated) {
      pushAll(op.wildcards ? except.patterns : except.values, c.values);
      if (op.ignoreCase) approximate = true;
    } else if (op.wildcards) {
      // A clause with a pattern made only of `*` accepts every value: no constraint.
      if (!someOnlyStars(c.values)) like.push(c);
    } else exact.push(c);
  }
  let caseSensitive: ConditionClause | undefined;
  for (let i = 0; i < exact.length && !caseSensitive; i++)
    if (!(exact[i] as ConditionClause).operator.ignoreCase) caseSensitive = exact[i];
  const base = caseSensitive ?? exact[0];
  if (base) {
    const values = acceptedValues(base.values, clauses, variables);
    if (values.length === 0) return { kind: "none" };
    return caseSensitive ? { kind: "exact", values } : { kind: "exact", values, ignoreCase: true };
  }
  if (like.length > 0) {
    let chosen = like[0] as ConditionClause;
    if (like.length > 1) {
      // The narrowest clause, when one is inside all the others; otherwise the first, approximately.
      let inside: ConditionClause | undefined;
      for (let i = 0; i < like.length && !inside; i++)
        if (likeWithinAll(like[i] as ConditionClause, like)) inside = like[i];
      chosen = inside ?? chosen;
      // Exact only when the chosen clause is provably inside every other Like clause.
      if (!inside) approximate = true;
    }
    const literals: string[] = [];
    const patterns: string[] = [];
    for (let i = 0; i < chosen.values.length; i++) {
      const v = chosen.values[i] as string;
      (hasWildcard(v) ? patterns : literals).push(v);
    }
    if (patterns.length === 0) {
      const values = acceptedValues(literals, clauses, variables);
      return values.length === 0 ? { kind: "none" } : { kind: "exact", values };
    }
    const set: SubjectSet = { kind: "patterns", patterns: unique(patterns) };
    const values = acceptedValues(literals, clauses, variables);
    if (values.length > 0) set.values = values;
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
  let live = 0;
  let anys = 0;
  let anyWithExcept = false;
  let firstAny: SubjectSet | undefined;
  for (let i = 0; i < sets.length; i++) {
    const s = sets[i] as SubjectSet;
    if (s.kind === "none") continue;
    live++;
    if (s.kind === "any") {
      anys++;
      firstAny ??= s;
      if (s.except !== undefined) anyWithExcept = true;
    }
  }
  if (live === 0) return { kind: "none" };
  if (firstAny) {
    if (anys === 1 && live === 1) return firstAny;
    return anyWithExcept ? { kind: "any", approximate: true } : { kind: "any" };
  }
  let values: string[] = [];
  let patterns: string[] = [];
  let ignoreCase = false;
  let approximate = false;
  for (let i = 0; i < sets.length; i++) {
    const s = sets[i] as SubjectSet;
    if (s.kind === "exact") {
      pushAll(values, s.values);
      if (s.ignoreCase) ignoreCase = true;
    } else if (s.kind === "patterns") {
      pushAll(patterns, s.patterns);
      if (s.values) pushAll(values, s.values);
      if (s.except || s.approximate) approximate = true;
      if (s.ignoreCase) ignoreCase = true;
    }
  }
  values = unique(values);
  patterns = unique(patterns);
  if (patterns.length === 0) {
    return ignoreCase ? { kind: "exact", values, ignoreCase: true } : { kind: "exact", values };
  }
  const out: SubjectSet = { kind: "patterns", patterns };
  if (values.length > 0) out.values = values;
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
