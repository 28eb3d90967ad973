import { liveGrants, providerEvidence, roleFinding, roleProviders } from "../helpers";
import type { Rule, RuleFinding } from "../types";

export const STS_AUDIENCE = "sts.amazonaws.com";

export const trustNoAud: Rule = {
  id: "trust.no-aud",
  title: "sub checked, aud unchecked",
  defaultSeverity: "low",
  rationale:
    "Without an aud condition a token minted for another audience (another service, a TokenRequest with a custom audience) is accepted; this matters more when the provider lists extra client ids.",
  remediationHint: 'Add "StringEquals": { "<issuer>:aud": "sts.amazonaws.com" } next to the sub condition.',
  appliesToLonePolicy: true,
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const { role, provider } of roleProviders(ctx)) {
      const grants = liveGrants(provider).filter((g) => g.sub.kind !== "any" && g.aud.kind === "any");
      if (grants.length === 0) continue;
      const clientIds = ctx.index.providersByArn.get(provider.providerArn)?.clientIds ?? [];
      const extra = clientIds.filter((c) => c !== STS_AUDIENCE);
      out.push(
        roleFinding(
          role,
          extra.length > 0 ? "medium" : "low",
          `${role.name} does not check the token audience`,
          {
            ...providerEvidence(provider),
            statementIndexes: grants.map((g) => g.statementIndex),
            providerClientIds: clientIds,
          },
          { provider: provider.providerArn },
        ),
      );
    }
    return out;
  },
};
