import { normalizeIssuer } from "../../issuers/normalize";
import type { ProviderTrust } from "../../trust/types";
import { forEachFlaggedProvider } from "../flagged";
import type { Rule, RuleContext, RuleFinding } from "../types";

export const providerMissing: Rule = {
  id: "provider.missing",
  title: "Cluster issuer with no IAM OIDC provider (IRSA not enabled)",
  defaultSeverity: "info",
  rationale:
    "Without a provider IRSA cannot work; roles that already reference the issuer are broken (high).",
  remediationHint: "Create the IAM OIDC provider for the cluster issuer with client id sts.amazonaws.com.",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    // Built on the first cluster without a provider: most inventories have none.
    let referencing: Map<string, string[]> | null = null;
    for (const c of ctx.inventory.clusters) {
      if (!c.issuerUrl) continue;
      const issuer = normalizeIssuer(c.issuerUrl);
      if (ctx.index.providersByIssuer.has(issuer)) continue;
      referencing ??= rolesByIssuer(ctx);
      const roles = referencing.get(issuer) ?? [];
      out.push({
        severity: roles.length > 0 ? "high" : "info",
        resourceType: "cluster",
        resourceArn: c.arn,
        accountId: c.accountId,
        title: `Cluster ${c.name} has no IAM OIDC provider`,
        evidence: { issuerUrl: c.issuerUrl, referencingRoles: roles },
        fingerprintDetail: null,
      });
    }
    return out;
  },
};

/** Role ARNs per trusted issuer, once per (role, provider) pair. */
function rolesByIssuer(ctx: RuleContext): Map<string, string[]> {
  const referencing = new Map<string, string[]>();
  forEachFlaggedProvider(ctx, issuerOf, (role, _provider, issuer) => {
    const list = referencing.get(issuer);
    if (list) list.push(role.arn);
    else referencing.set(issuer, [role.arn]);
  });
  return referencing;
}

function issuerOf(p: ProviderTrust): string | null {
  return p.issuer || null;
}
