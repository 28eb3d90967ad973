import { normalizeIssuer } from "../../issuers/normalize";
import type { Rule, RuleFinding } from "../types";

export const providerMissing: Rule = {
  id: "provider.missing",
  title: "Cluster issuer with no IAM OIDC provider (IRSA not enabled)",
  defaultSeverity: "info",
  rationale:
    "Without a provider IRSA cannot work; roles that already reference the issuer are broken (high).",
  remediationHint: "Create the IAM OIDC provider for the cluster issuer with client id sts.amazonaws.com.",
  evaluate(ctx) {
    const referencing = new Map<string, string[]>();
    for (const { role, trust } of ctx.index.federationRoleTrusts()) {
      for (const p of trust.providers) {
        if (!p.issuer) continue;
        const list = referencing.get(p.issuer) ?? [];
        list.push(role.arn);
        referencing.set(p.issuer, list);
      }
    }
    const out: RuleFinding[] = [];
    for (const c of ctx.inventory.clusters) {
      if (!c.issuerUrl) continue;
      const issuer = normalizeIssuer(c.issuerUrl);
      if (ctx.index.providersByIssuer.has(issuer)) continue;
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
