import { normalizeIssuer } from "../../issuers/normalize";
import type { Rule, RuleFinding } from "../types";
import { providerFinding } from "./helpers";

export const providerOrphaned: Rule = {
  id: "provider.orphaned",
  title: "EKS-issuer OIDC provider whose cluster exists in no scanned account",
  defaultSeverity: "low",
  rationale:
    "The cluster was deleted but its provider stays; roles still trusting it are dead weight, and a provider is a trust anchor no one watches.",
  remediationHint:
    "Delete the provider once no role trusts it; otherwise remove those trust statements first.",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const p of ctx.inventory.providers) {
      // Org-wide on purpose: cross-account IRSA puts the provider where the cluster is not.
      if (!ctx.index.isEksProvider(p) || ctx.index.clustersByIssuer.has(normalizeIssuer(p.url))) continue;
      const roles = ctx.index.rolesTrustingProvider(p.arn);
      out.push(
        providerFinding(
          p,
          roles.length > 0 ? "medium" : "low",
          `Provider ${p.url} matches no scanned cluster`,
          { trustingRoles: roles },
        ),
      );
    }
    return out;
  },
};
