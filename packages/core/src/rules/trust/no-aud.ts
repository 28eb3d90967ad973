import type { ProviderTrust } from "../../trust/types";
import { forEachFlaggedProvider, nonEmpty } from "../flagged";
import { liveGrants, providerEvidence, roleFinding, statementIndexes } from "../helpers";
import type { Rule, RuleFinding } from "../types";

export const STS_AUDIENCE = "sts.amazonaws.com";

/** Statements of the live grants that check sub but not aud. */
function audUnchecked(provider: ProviderTrust): number[] | null {
  return nonEmpty(
    statementIndexes(liveGrants(provider).filter((g) => g.sub.kind !== "any" && g.aud.kind === "any")),
  );
}

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
    forEachFlaggedProvider(ctx, audUnchecked, (role, provider, statements) => {
      const clientIds = ctx.index.providersByArn.get(provider.providerArn)?.clientIds ?? [];
      const extra = clientIds.some((c) => c !== STS_AUDIENCE);
      out.push(
        roleFinding(
          role,
          extra ? "medium" : "low",
          `${role.name} does not check the token audience`,
          {
            ...providerEvidence(provider),
            statementIndexes: [...statements],
            providerClientIds: clientIds,
          },
          { provider: provider.providerArn },
        ),
      );
    });
    return out;
  },
};
