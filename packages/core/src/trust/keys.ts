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

// Lower-cased `<issuer>:<claim>` keys, memoised: grants and several rules compare every clause
// key against them for every role, and issuers repeat across thousands of roles.
const claimKeys = new Map<string, { sub: string; aud: string }>();

/** `<issuer>:sub` and `<issuer>:aud`, lower-cased as `ConditionClause.keyLower` is. */
export function claimKeysOf(issuer: string): { sub: string; aud: string } {
  let keys = claimKeys.get(issuer);
  if (!keys) {
    const lower = issuer.toLowerCase();
    keys = { sub: `${lower}:sub`, aud: `${lower}:aud` };
    if (claimKeys.size >= 10_000) claimKeys.clear();
    claimKeys.set(issuer, keys);
  }
  return keys;
}
