import { findMultiTenantIssuer } from "../../issuers/multi-tenant";
import { liveGrants, providerEvidence, roleFinding, roleProviders } from "../helpers";
import type { Rule, RuleFinding, Severity } from "../types";

/** high when the wildcard can reach other tenants (owner/org not pinned), medium inside one tenant. */
export function classifySharedPattern(issuer: string, pattern: string): Severity {
  const mt = findMultiTenantIssuer(issuer);
  const literalPrefix = pattern.split(/[*?]/)[0] ?? "";
  return mt?.tenantPrefix?.test(literalPrefix) ? "medium" : "high";
}

export const trustSharedIssuerWildcard: Rule = {
  id: "trust.shared-issuer-wildcard",
  title: "Wildcard sub on a multi-tenant issuer (repo:*, repo:org/*)",
  defaultSeverity: "high",
  rationale:
    "A wildcard before the owner (repo:*) lets other customers in (high); after it (repo:org/*) every repository, branch and pull-request workflow of the organisation (medium).",
  remediationHint:
    "Pin the repository and the branch or environment: repo:<org>/<repo>:ref:refs/heads/main or :environment:prod.",
  appliesToLonePolicy: true,
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const { role, provider } of roleProviders(ctx)) {
      if (provider.multiTenant?.restrictingClaim !== "sub" || !provider.issuer) continue;
      for (const g of liveGrants(provider)) {
        if (g.sub.kind !== "patterns") continue;
        for (const pattern of g.sub.patterns) {
          const severity = classifySharedPattern(provider.issuer, pattern);
          out.push(
            roleFinding(
              role,
              severity,
              `${role.name}: ${provider.multiTenant.name} sub pattern "${pattern}"`,
              {
                ...providerEvidence(provider),
                statementIndex: g.statementIndex,
                pattern,
                crossesTenants: severity === "high",
              },
              { provider: provider.providerArn, pattern },
            ),
          );
        }
      }
    }
    return out;
  },
};
