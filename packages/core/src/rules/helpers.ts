import type { Role } from "../inventory/types";
import type { Grant, ProviderTrust } from "../trust/types";
import type { RoleProviderPair } from "./inventory-index";
import type { RuleContext, RuleFinding, Severity } from "./types";

/** Every (role, trusted OIDC provider) pair of the inventory (computed once per evaluation). */
export function roleProviders(ctx: RuleContext): readonly RoleProviderPair[] {
  return ctx.index.roleProviderPairs();
}

/** Grants that can actually let a token in (not dead). */
export function liveGrants(provider: ProviderTrust): Grant[] {
  return provider.grants.filter((g) => g.sub.kind !== "none" && g.aud.kind !== "none");
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
