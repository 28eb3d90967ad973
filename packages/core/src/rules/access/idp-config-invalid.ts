import { normalizeIssuer } from "../../issuers/normalize";
import type { Rule, RuleFinding } from "../types";

export const accessIdpConfigInvalid: Rule = {
  id: "access.idp-config-invalid",
  title: "Cluster sign-in OIDC provider config is invalid",
  defaultSeverity: "medium",
  rationale:
    "EKS requires an https:// issuer without query string, reachable with a publicly trusted certificate; otherwise user sign-in to the Kubernetes API fails.",
  remediationHint: "Recreate the identity provider config with the issuer's exact https:// URL.",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const c of ctx.inventory.identityProviderConfigs) {
      const problems: string[] = [];
      if (!c.issuerUrl.startsWith("https://")) problems.push("not-https");
      if (c.issuerUrl.includes("?")) problems.push("query-string");
      const probe = ctx.index.issuersByUrl.get(normalizeIssuer(c.issuerUrl));
      if (probe && !probe.reachable) problems.push("unreachable");
      else if (probe && !probe.trustedByPublicCa) problems.push("untrusted-certificate");
      if (problems.length === 0) continue;
      out.push({
        severity: "medium",
        resourceType: "identity-provider-config",
        resourceArn: `${c.clusterArn}/identityproviderconfig/oidc/${c.name}`,
        accountId: c.accountId,
        title: `Sign-in provider ${c.name} on ${c.clusterArn}: ${problems.join(", ")}`,
        evidence: { issuerUrl: c.issuerUrl, problems, clusterArn: c.clusterArn },
        fingerprintDetail: null,
      });
    }
    return out;
  },
};
