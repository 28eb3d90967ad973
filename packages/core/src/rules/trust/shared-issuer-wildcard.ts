import { findMultiTenantIssuer } from "../../issuers/multi-tenant";
import type { ProviderTrust } from "../../trust/types";
import { forEachFlaggedProvider, nonEmpty } from "../flagged";
import { liveGrants, providerEvidence, roleFinding } from "../helpers";
import type { Rule, RuleFinding, Severity } from "../types";

/** high when the wildcard can reach other tenants (owner/org not pinned), medium inside one tenant. */
export function classifySharedPattern(issuer: string, pattern: string): Severity {
  const mt = findMultiTenantIssuer(issuer);
  const literalPrefix = pattern.split(/[*?]/)[0] ?? "";
  return mt?.tenantPrefix?.test(literalPrefix) ? "medium" : "high";
}

type Hit = { statementIndex: number; pattern: string; severity: Severity };

/** Sub patterns of the live grants of a multi-tenant issuer restricted by sub. */
function sharedPatterns(provider: ProviderTrust): Hit[] | null {
  const issuer = provider.issuer;
  if (provider.multiTenant?.restrictingClaim !== "sub" || !issuer) return null;
  const hits: Hit[] = [];
  for (const g of liveGrants(provider)) {
    if (g.sub.kind !== "patterns") continue;
    for (const pattern of g.sub.patterns)
      hits.push({
        statementIndex: g.statementIndex,
        pattern,
        severity: classifySharedPattern(issuer, pattern),
      });
  }
  return nonEmpty(hits);
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
    forEachFlaggedProvider(ctx, sharedPatterns, (role, provider, hits) => {
      const mt = provider.multiTenant;
      if (!mt) return;
      for (const { statementIndex, pattern, severity } of hits) {
        out.push(
          roleFinding(
            role,
            severity,
            `${role.name}: ${mt.name} sub pattern "${pattern}"`,
            {
              ...providerEvidence(provider),
              statementIndex,
              pattern,
              crossesTenants: severity === "high",
            },
            { provider: provider.providerArn, pattern },
          ),
        );
      }
    });
    return out;
  },
};
