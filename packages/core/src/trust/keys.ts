import type { ConditionClause } from "../policy/model";

/** Splits `<prefix>:<name>` at the last colon (issuers contain no colon, claim names none either). */
export function splitConditionKey(keyLower: string): { prefix: string; name: string } | null {
  const i = keyLower.lastIndexOf(":");
  return i <= 0 ? null : { prefix: keyLower.slice(0, i), name: keyLower.slice(i + 1) };
}

/**
 * Keys of web-identity claims are prefixed with the issuer (`oidc.eks…/id/X:sub`,
 * `token.actions.githubusercontent.com:aud`); service keys with a bare service prefix (`aws:`,
 * `sts:`). An issuer-like prefix contains a dot or slash.
 */
export function issuerOfKey(keyLower: string): string | null {
  const split = splitConditionKey(keyLower);
  if (!split) return null;
  return split.prefix.includes(".") || split.prefix.includes("/") ? split.prefix : null;
}

/** An issuer lower-cased, and its `<issuer>:sub` and `<issuer>:aud` condition keys. */
export type ClaimKeys = { issuer: string; sub: string; aud: string };

// Lower-cased `<issuer>:<claim>` keys, memoised: grants and several rules compare every clause
// key against them for every role, and issuers repeat across thousands of roles.
const claimKeys = new Map<string, ClaimKeys>();

/** `<issuer>:sub` and `<issuer>:aud`, lower-cased as `ConditionClause.keyLower` is. */
export function claimKeysOf(issuer: string): ClaimKeys {
  let keys = claimKeys.get(issuer);
  if (!keys) {
    const lower = issuer.toLowerCase();
    keys = { issuer: lower, sub: `${lower}:sub`, aud: `${lower}:aud` };
    if (claimKeys.size >= 10_000) claimKeys.clear();
    claimKeys.set(issuer, keys);
  }
  return keys;
}

/** The clauses of a statement on one (lower-cased) condition key. */
export function clausesOn(conditions: readonly ConditionClause[], keyLower: string): ConditionClause[] {
  const out: ConditionClause[] = [];
  for (let i = 0; i < conditions.length; i++) {
    const c = conditions[i] as ConditionClause;
    if (c.keyLower === keyLower) out.push(c);
  }
  return out;
}
