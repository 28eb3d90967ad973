import type { Role } from "../inventory/types";
import type { PolicyDocument } from "../policy/model";
import type { ProviderTrust, TrustAnalysis } from "../trust/types";
import { isWorkloadTrust } from "./inventory-index";
import type { RuleContext } from "./types";

// Every rule walks the tens of thousands of federation candidates once per evaluation, mostly
// before V8 has optimised its loop. Roles sharing a trust document share its analysis, so a rule
// judges each distinct document (or provider analysis) once, and the walk over the roles is a
// plain loop over the index's table that calls back only for the roles its verdicts flag.

/**
 * Calls `visit` for each (role, trusted OIDC provider) pair whose provider `judge` flags with a
 * non-null verdict, roles in inventory order. `judge` runs once per distinct provider analysis.
 */
export function forEachFlaggedProvider<T>(
  ctx: RuleContext,
  judge: (provider: ProviderTrust) => T | null,
  visit: (role: Role, provider: ProviderTrust, verdict: T) => void,
): void {
  const { roles, documentOf, firstProvider, providers } = ctx.index.federationTable();
  const verdicts = judgeAll(providers, judge);
  if (!verdicts) return;
  for (let i = 0; i < roles.length; i++) {
    const d = documentOf[i] as number;
    const end = firstProvider[d + 1] as number;
    for (let p = firstProvider[d] as number; p < end; p++) {
      const verdict = verdicts[p];
      if (verdict != null) visit(roles[i] as Role, providers[p] as ProviderTrust, verdict);
    }
  }
}

/**
 * Calls `visit` for each federation candidate whose trust document `judge` flags with a non-null
 * verdict, in inventory order. `judge` runs once per distinct document (its parse is null when it
 * does not parse).
 */
export function forEachFlaggedTrust<T>(
  ctx: RuleContext,
  judge: (trust: TrustAnalysis, policy: PolicyDocument | null) => T | null,
  visit: (role: Role, trust: TrustAnalysis, verdict: T) => void,
): void {
  const { roles, documentOf, trusts, policies } = ctx.index.federationTable();
  const verdicts = judgeAll(trusts, (t, d) => judge(t, policies[d] ?? null));
  if (!verdicts) return;
  for (let i = 0; i < roles.length; i++) {
    const d = documentOf[i] as number;
    const verdict = verdicts[d];
    if (verdict != null) visit(roles[i] as Role, trusts[d] as TrustAnalysis, verdict);
  }
}

/** Each item's verdict; null when none is flagged, so the walk over the roles can be skipped. */
function judgeAll<I, T>(items: readonly I[], judge: (item: I, i: number) => T | null): (T | null)[] | null {
  const verdicts: (T | null)[] = [];
  let flagged = false;
  for (let i = 0; i < items.length; i++) {
    const verdict = judge(items[i] as I, i);
    if (verdict != null) flagged = true;
    verdicts.push(verdict);
  }
  return flagged ? verdicts : null;
}

/** Verdict flagging workload roles: trusted by an OIDC provider or by EKS Pod Identity. */
export function workloadTrust(trust: TrustAnalysis): true | null {
  return isWorkloadTrust(trust) || null;
}

/** `items`, or null when empty: the verdict of a judge that collects what it flags. */
export function nonEmpty<T>(items: T[]): T[] | null {
  return items.length > 0 ? items : null;
}
