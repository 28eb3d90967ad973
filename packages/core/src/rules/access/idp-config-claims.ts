import type { Rule, RuleFinding } from "../types";

export const accessIdpConfigClaims: Rule = {
  id: "access.idp-config-claims",
  title: "Sign-in provider without a groups claim or required claims",
  defaultSeverity: "info",
  rationale:
    "Without required claims any user of the identity provider can authenticate to the cluster; without a groups prefix IdP group names map straight onto Kubernetes groups bound to powerful roles.",
  remediationHint: "Set requiredClaims (e.g. hd or aud) and a groupsPrefix such as 'oidc:'.",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const c of ctx.inventory.identityProviderConfigs) {
      const problems: string[] = [];
      if (!c.groupsClaim) problems.push("no-groups-claim");
      if (Object.keys(c.requiredClaims).length === 0) problems.push("no-required-claims");
      if (c.groupsClaim && !c.groupsPrefix) problems.push("no-groups-prefix");
      if (problems.length === 0) continue;
      out.push({
        severity: "info",
        resourceType: "identity-provider-config",
        resourceArn: `${c.clusterArn}/identityproviderconfig/oidc/${c.name}`,
        accountId: c.accountId,
        title: `Sign-in provider ${c.name}: ${problems.join(", ")}`,
        evidence: {
          problems,
          groupsClaim: c.groupsClaim,
          groupsPrefix: c.groupsPrefix,
          requiredClaims: c.requiredClaims,
        },
        fingerprintDetail: null,
      });
    }
    return out;
  },
};
