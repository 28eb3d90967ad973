import { globContains, globMatch, hasWildcard } from "../util/glob";
import type {
  AudienceSet,
  AwsPrincipalTrust,
  ConditionSummary,
  Grant,
  ServiceTrust,
  SubjectSet,
  TrustAnalysis,
} from "./types";
import { fromAudienceSet } from "./value-set";

function inExcept(set: SubjectSet, v: string): boolean {
  if (set.kind !== "any" && set.kind !== "patterns") return false;
  const e = set.except;
  return !!e && (e.values.includes(v) || e.patterns.some((p) => globMatch(p, v)));
}

/** Conservative membership of a literal value in a display set (false when unsure). */
function surelyContains(set: SubjectSet, v: string): boolean {
  if ("approximate" in set && set.approximate) return false;
  switch (set.kind) {
    case "none":
      return false;
    case "any":
      return !inExcept(set, v);
    case "exact":
      return set.ignoreCase
        ? set.values.some((x) => x.toLowerCase() === v.toLowerCase())
        : set.values.includes(v);
    case "patterns":
      if (inExcept(set, v)) return false;
      return (
        (set.values ?? []).includes(v) || set.patterns.some((p) => globMatch(p, v, set.ignoreCase === true))
      );
  }
}

/**
 * Is every value of `a` surely in `b`? Sound, not complete: `false` may mean "could not prove".
 * Used to prove that a remediation never widens access, so a wrong `true` would be a security bug.
 */
export function isSubjectSetSubset(a: SubjectSet, b: SubjectSet): boolean {
  if (a.kind === "none") return true;
  if (b.kind === "none") return false;
  if ("approximate" in b && b.approximate) return false;
  if (b.kind === "any" && !b.except) return true;
  if (a.kind === "any") {
    if (b.kind !== "any" || !b.except) return false;
    const ae = a.except ?? { values: [], patterns: [] };
    // Everything b excludes must be excluded by a as well.
    return (
      b.except.values.every((v) => ae.values.includes(v) || ae.patterns.some((p) => globMatch(p, v))) &&
      b.except.patterns.every((p) => ae.patterns.some((q) => globContains(q, p)))
    );
  }
  if (a.kind === "exact") {
    // Case-insensitive values stand for every casing: only provable against a case-insensitive b.
    if (a.ignoreCase && !(b.kind !== "any" && b.ignoreCase)) return false;
    return a.values.every((v) => surelyContains(b, v));
  }
  // a is patterns
  if (a.ignoreCase) return false;
  if (b.kind === "any" || (b.kind === "patterns" && b.except)) return false;
  if (!(a.values ?? []).every((v) => surelyContains(b, v))) return false;
  return a.patterns.every((p) => {
    if (!hasWildcard(p)) return surelyContains(b, p);
    return b.kind === "patterns" && b.patterns.some((q) => globContains(q, p) && !b.ignoreCase);
  });
}

export function isAudienceSetSubset(a: AudienceSet, b: AudienceSet): boolean {
  return isSubjectSetSubset(fromAudienceSet(a), fromAudienceSet(b));
}

const sig = (c: ConditionSummary) =>
  `${c.operator}\u0000${c.key.toLowerCase()}\u0000${[...c.values].sort().join("\u0001")}`;

/** Every condition of `outer` also constrains `inner` (so inner is at least as strict). */
function conditionsImplied(outer: readonly ConditionSummary[], inner: readonly ConditionSummary[]): boolean {
  const innerSigs = new Set(inner.map(sig));
  return outer.every((c) => innerSigs.has(sig(c)));
}

function grantCovered(g: Grant, by: Grant): boolean {
  return (
    isSubjectSetSubset(g.sub, by.sub) &&
    isAudienceSetSubset(g.aud, by.aud) &&
    conditionsImplied(by.otherConditions, g.otherConditions)
  );
}

function serviceCovered(s: ServiceTrust, b: readonly ServiceTrust[]): boolean {
  const o = b.find((x) => x.service === s.service);
  if (!o || !s.actions.every((a) => o.actions.includes(a))) return false;
  return o.unconditioned || (!s.unconditioned && conditionsImplied(o.conditions, s.conditions));
}

function awsCovered(p: AwsPrincipalTrust, b: readonly AwsPrincipalTrust[]): boolean {
  return b.some(
    (o) =>
      (o.principal === p.principal ||
        (o.principal === "*" && !o.except) ||
        (o.kind === "account" && o.accountId !== null && o.accountId === p.accountId)) &&
      p.actions.every((a) => o.actions.includes(a)) &&
      conditionsImplied(o.conditions, p.conditions),
  );
}

/**
 * Can everyone who may assume under `a` also assume under `b`? Conservative: a `false` may mean
 * "not provable" (drift reports it as widened; planners refuse the change).
 */
export function isTrustSubset(a: TrustAnalysis, b: TrustAnalysis): boolean {
  if (a.policyError) return true; // an invalid policy grants nothing
  if (b.policyError) return a.providers.length + a.services.length + a.awsPrincipals.length === 0;
  if (a.wildcardWebIdentityStatements.length > 0 && b.wildcardWebIdentityStatements.length === 0)
    return false;
  for (const p of a.providers) {
    const o = b.providers.find((x) => x.providerArn === p.providerArn);
    if (!o) {
      if (p.sub.kind === "none" || p.aud.kind === "none") continue;
      return false;
    }
    // b's denies can only shrink b: unless they are also in a, do not rely on coverage.
    const aDenies = new Set(p.denies.map((d) => JSON.stringify(d.clauses)));
    if (o.denies.some((d) => !aDenies.has(JSON.stringify(d.clauses)))) return false;
    const live = p.grants.filter((g) => g.sub.kind !== "none" && g.aud.kind !== "none");
    if (!live.every((g) => o.grants.some((og) => grantCovered(g, og)))) return false;
  }
  return (
    a.services.every((s) => serviceCovered(s, b.services)) &&
    a.awsPrincipals.every((p) => awsCovered(p, b.awsPrincipals))
  );
}
