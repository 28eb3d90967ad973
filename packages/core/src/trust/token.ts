import { type RequestContextInput, toRequestContext } from "../policy/conditions/context";
import { evaluateConditions } from "../policy/conditions/evaluate-clause";
import type { ProviderTrust } from "./types";

export type WebIdentityToken = { sub?: string; aud?: string | string[]; context?: RequestContextInput };

/**
 * Exact membership: would IAM let this token (claims as condition keys `<issuer>:sub`/`:aud`,
 * plus any other request keys) assume the role through this provider? Agrees with `canAssume`
 * for sts:AssumeRoleWithWebIdentity by construction: same clauses, same evaluator.
 */
export function isTokenAllowed(provider: ProviderTrust, token: WebIdentityToken): boolean {
  const input: RequestContextInput = { ...(token.context ?? {}) };
  if (provider.issuer) {
    if (token.sub !== undefined) input[`${provider.issuer}:sub`] = token.sub;
    if (token.aud !== undefined) input[`${provider.issuer}:aud`] = token.aud;
  }
  const ctx = toRequestContext(input);
  if (provider.denies.some((d) => evaluateConditions(d.clauses, ctx, provider.variables))) return false;
  return provider.grants.some((g) => evaluateConditions(g.clauses, ctx, provider.variables));
}
