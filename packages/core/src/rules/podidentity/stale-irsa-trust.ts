import { POD_IDENTITY_SERVICE } from "../../trust/analyze-services";
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
    for (const { role, trust: t } of ctx.index.federationRoleTrusts()) {
      if (!t.services.some((s) => s.service === POD_IDENTITY_SERVICE && s.actions.includes("sts:AssumeRole")))
        continue;
      const oidc = t.providers.filter((p) => liveGrants(p).length > 0);
      if (oidc.length === 0) continue;
      out.push(
        roleFinding(
          role,
          "low",
          `${role.name} trusts Pod Identity and ${oidc.length} OIDC provider(s)`,
          { providerArns: oidc.map((p) => p.providerArn) },
          null,
        ),
      );
    }
    return out;
  },
};
