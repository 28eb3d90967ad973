import { POD_IDENTITY_SERVICE } from "../../trust/analyze-services";
import type { ProviderTrust, ServiceTrust, TrustAnalysis } from "../../trust/types";
import { forEachFlaggedTrust, nonEmpty } from "../flagged";
import { liveGrants, roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

export const podidentityStaleIrsaTrust: Rule = {
  id: "podidentity.stale-irsa-trust",
  title: "Role trusts both Pod Identity and an OIDC provider",
  defaultSeverity: "low",
  rationale:
    "After a migration to Pod Identity the old IRSA statement keeps a second, usually forgotten, way in.",
  remediationHint:
    "Remove the sts:AssumeRoleWithWebIdentity statement once every workload uses Pod Identity.",
  appliesToLonePolicy: true,
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    forEachFlaggedTrust(ctx, staleOidcProviders, (role, _trust, oidc) => {
      out.push(
        roleFinding(
          role,
          "low",
          `${role.name} trusts Pod Identity and ${oidc.length} OIDC provider(s)`,
          { providerArns: oidc.map((p) => p.providerArn) },
          null,
        ),
      );
    });
    return out;
  },
};

/** OIDC providers with a live grant, in a trust that also lets Pod Identity assume the role. */
function staleOidcProviders(t: TrustAnalysis): ProviderTrust[] | null {
  if (t.providers.length === 0 || !t.services.some(podIdentityAssumes)) return null;
  return nonEmpty(t.providers.filter(hasLiveGrant));
}

function podIdentityAssumes(s: ServiceTrust): boolean {
  return s.service === POD_IDENTITY_SERVICE && s.actions.includes("sts:AssumeRole");
}

function hasLiveGrant(p: ProviderTrust): boolean {
  return liveGrants(p).length > 0;
}
