import type { Role } from "../inventory/types";
import type { Grant, ProviderTrust, TrustAnalysis } from "../trust/types";
import type { RuleContext, RuleFinding, Severity } from "./types";

export type RoleProviderVisit = { role: Role; trust: TrustAnalysis; provider: ProviderTrust };

/** Every (role, trusted OIDC provider) pair of the inventory. */
export function* roleProviders(ctx: RuleContext): Generator<RoleProviderVisit> {
  for (const role of ctx.inventory.roles) {
    const trust = ctx.index.trustOf(role);
    for (const provider of trust.providers) yield { role, trust, provider };
  }
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
