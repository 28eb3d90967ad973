import { liveGrants, providerEvidence, roleFinding, roleProviders } from "../helpers";
import type { Rule, RuleFinding } from "../types";

export const trustNoCondition: Rule = {
  id: "trust.no-condition",
  title: "OIDC-federated trust with no condition",
  defaultSeverity: "critical",
  rationale:
    "Without a Condition every token the issuer signs can assume the role: every service account of the cluster, every workload of the identity provider.",
  remediationHint:
    'Add "StringEquals" on "<issuer>:sub" (the exact service accounts) and "<issuer>:aud" = "sts.amazonaws.com".',
  appliesToLonePolicy: true,
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const { role, provider } of roleProviders(ctx)) {
      // Multi-tenant issuers are judged by trust.shared-issuer-no-sub, which is more specific.
      if (provider.multiTenant) continue;
      const bare = liveGrants(provider).filter((g) => !g.hasCondition);
      if (bare.length === 0) continue;
      out.push(
        roleFinding(
          role,
          "critical",
          `Any token from ${provider.issuer} can assume ${role.name}`,
          {
            ...providerEvidence(provider),
            statementIndexes: bare.map((g) => g.statementIndex),
          },
          { provider: provider.providerArn },
        ),
      );
    }
    for (const { role, trust } of ctx.index.federationRoleTrusts()) {
      if (trust.wildcardWebIdentityStatements.length === 0) continue;
      // Principal "*" with conditions on an issuer's claims is bounded by those claims; without
      // any condition every web identity token of every provider in the account gets in.
      const statements = ctx.index.policyOf(role)?.statements ?? [];
      const bare = trust.wildcardWebIdentityStatements.filter((i) => statements[i]?.conditions.length === 0);
      if (bare.length === 0) continue;
      out.push(
        roleFinding(
          role,
          "critical",
          `Any web identity can assume ${role.name} (Principal "*")`,
          { statementIndexes: bare },
          { principal: "*" },
        ),
      );
    }
    return out;
  },
};
