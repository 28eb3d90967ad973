import type { ProviderTrust } from "../../trust/types";
import { forEachFlaggedProvider } from "../flagged";
import { providerEvidence, roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

export const trustForeignProvider: Rule = {
  id: "trust.foreign-provider",
  title: "Trusts an OIDC provider in another account",
  defaultSeverity: "low",
  rationale:
    "IAM only honours providers of the role's own account in web-identity federation; a foreign provider ARN is a copy-paste error or a dead trust.",
  remediationHint: "Create the provider in the role's account (cross-account IRSA) and trust that ARN.",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    forEachFlaggedProvider(ctx, providerAccount, (role, provider, acct) => {
      if (acct === role.accountId) return;
      out.push(
        roleFinding(
          role,
          "low",
          `${role.name} trusts a provider of account ${acct}`,
          { ...providerEvidence(provider), providerAccountId: acct },
          { provider: provider.providerArn },
        ),
      );
    });
    return out;
  },
};

function providerAccount(provider: ProviderTrust): string | null {
  return provider.providerAccountId || null;
}
