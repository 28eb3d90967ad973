import { STS_AUDIENCE } from "../trust/no-aud";
import type { Rule, RuleFinding } from "../types";
import { providerFinding } from "./helpers";

export const providerAudienceDrift: Rule = {
  id: "provider.audience-drift",
  title: "EKS provider client ids missing sts.amazonaws.com, or extra audiences",
  defaultSeverity: "low",
  rationale:
    "IRSA tokens carry aud sts.amazonaws.com: without it in the client ids federation fails (medium); extra audiences widen what roles without an aud condition accept (low).",
  remediationHint:
    "Keep exactly sts.amazonaws.com as client id (AddClientIDToOpenIDConnectProvider / RemoveClientIDFromOpenIDConnectProvider).",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const p of ctx.inventory.providers) {
      // Other issuers (GitLab, Terraform Cloud…) legitimately use their own audiences.
      if (!ctx.index.isEksProvider(p)) continue;
      const missing = !p.clientIds.includes(STS_AUDIENCE);
      const extra = p.clientIds.filter((c) => c !== STS_AUDIENCE);
      if (!missing && extra.length === 0) continue;
      out.push(
        providerFinding(
          p,
          missing ? "medium" : "low",
          missing
            ? `Provider ${p.url} lacks client id sts.amazonaws.com`
            : `Provider ${p.url} has extra audiences`,
          {
            clientIds: p.clientIds,
            missingStsAudience: missing,
            extraAudiences: extra,
          },
        ),
      );
    }
    return out;
  },
};
