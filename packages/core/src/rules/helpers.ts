import type { Role } from "../inventory/types";
import type { Grant, ProviderTrust } from "../trust/types";
import type { RoleProviderPair } from "./inventory-index";
import type { RuleContext, RuleFinding, Severity } from "./types";

/** Every (role, trusted OIDC provider) pair of the inventory (computed once per evaluation). */
export function roleProviders(ctx: RuleContext): readonly RoleProviderPair[] {
  return ctx.index.roleProviderPairs();
}

// A ProviderTrust is shared by every role with the same trust document and never changes, so
// the filter runs once per analysis rather than once per rule and role.
const live = new WeakMap<ProviderTrust, readonly Grant[]>();

/** Grants that can actually let a token in (not dead). */
export function liveGrants(provider: ProviderTrust): readonly Grant[] {
  let grants = live.get(provider);
  if (!grants) {
    grants = provider.grants.filter((g) => g.sub.kind !== "none" && g.aud.kind !== "none");
    live.set(provider, grants);
  }
  return grants;
}

export function roleFinding(
  role: Role,
  severity: Severity,
  title: string,
  evidence: Record<string, unknown>,
  fingerprintDetail: unknown,
): RuleFinding {
  return {
    severity,
    resourceType: "role",
    resourceArn: role.arn,
    accountId: role.accountId,
    title,
    evidence: { roleName: role.name, ...evidence },
    fingerprintDetail,
    escalateForRoleArn: role.arn,
  };
}

export function providerEvidence(p: ProviderTrust): Record<string, unknown> {
  return { providerArn: p.providerArn, issuer: p.issuer, multiTenantIssuer: p.multiTenant?.id ?? null };
}

export const DAY_MS = 86_400_000;
