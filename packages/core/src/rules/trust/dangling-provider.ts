import type { ProviderTrust } from "../../trust/types";
import { forEachFlaggedProvider } from "../flagged";
import { providerEvidence, roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

export const trustDanglingProvider: Rule = {
  id: "trust.dangling-provider",
  title: "Trusts an OIDC provider that does not exist",
  defaultSeverity: "low",
  rationale:
    "The role names a provider that is not in its (scanned) account: it cannot be used today, and whoever recreates a provider with that URL gets the trust.",
  remediationHint: "Remove the statement, or point it at the provider of a live cluster.",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    // Only assert absence for accounts we actually scanned.
    const missing = (provider: ProviderTrust): true | null => {
      const acct = provider.providerAccountId;
      if (!acct || !ctx.index.accountIds.has(acct) || ctx.index.providersByArn.has(provider.providerArn))
        return null;
      return true;
    };
    forEachFlaggedProvider(ctx, missing, (role, provider) => {
      out.push(
        roleFinding(
          role,
          "low",
          `${role.name} trusts missing provider ${provider.issuer}`,
          providerEvidence(provider),
          { provider: provider.providerArn },
        ),
      );
    });
    return out;
  },
};
