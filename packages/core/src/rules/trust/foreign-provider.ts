import { providerEvidence, roleFinding, roleProviders } from "../helpers";
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
    for (const { role, provider } of roleProviders(ctx)) {
      const acct = provider.providerAccountId;
      if (!acct || acct === role.accountId) continue;
      out.push(
        roleFinding(
          role,
          "low",
          `${role.name} trusts a provider of account ${acct}`,
          { ...providerEvidence(provider), providerAccountId: acct },
          { provider: provider.providerArn },
        ),
      );
    }
    return out;
  },
};
