import type { Role } from "../inventory/types";
import type { Grant, ProviderTrust } from "../trust/types";
import type { RuleFinding, Severity } from "./types";

/** Grants that can actually let a token in (not dead); the provider's own list when all are. */
export function liveGrants(provider: ProviderTrust): readonly Grant[] {
  return provider.grants.every(isLive) ? provider.grants : provider.grants.filter(isLive);
}

/** A grant that can let some token in: neither its sub nor its aud condition excludes every value. */
export function isLive(g: Grant): boolean {
  return g.sub.kind !== "none" && g.aud.kind !== "none";
}

export function statementIndexes(grants: readonly Grant[]): number[] {
  return grants.map((g) => g.statementIndex);
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
