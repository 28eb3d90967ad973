import type { PolicyDocument } from "../../policy/model";
import type { ProviderTrust, TrustAnalysis } from "../../trust/types";
import { forEachFlaggedProvider, forEachFlaggedTrust, nonEmpty } from "../flagged";
import { liveGrants, providerEvidence, roleFinding, statementIndexes } from "../helpers";
import type { Rule, RuleFinding } from "../types";

/** Statements of the live grants without any condition. */
function bareGrants(provider: ProviderTrust): number[] | null {
  // Multi-tenant issuers are judged by trust.shared-issuer-no-sub, which is more specific.
  if (provider.multiTenant) return null;
  return nonEmpty(statementIndexes(liveGrants(provider).filter((g) => !g.hasCondition)));
}

/** Principal "*" statements covering web identity with no condition at all. */
function bareWildcards(trust: TrustAnalysis, policy: PolicyDocument | null): number[] | null {
  if (trust.wildcardWebIdentityStatements.length === 0) return null;
  const statements = policy?.statements ?? [];
  return nonEmpty(trust.wildcardWebIdentityStatements.filter((i) => statements[i]?.conditions.length === 0));
}

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
    forEachFlaggedProvider(ctx, bareGrants, (role, provider, bare) => {
      out.push(
        roleFinding(
          role,
          "critical",
          `Any token from ${provider.issuer} can assume ${role.name}`,
          { ...providerEvidence(provider), statementIndexes: [...bare] },
          { provider: provider.providerArn },
        ),
      );
    });
    // Principal "*" with conditions on an issuer's claims is bounded by those claims; without
    // any condition every web identity token of every provider in the account gets in.
    forEachFlaggedTrust(ctx, bareWildcards, (role, _trust, bare) => {
      out.push(
        roleFinding(
          role,
          "critical",
          `Any web identity can assume ${role.name} (Principal "*")`,
          { statementIndexes: [...bare] },
          { principal: "*" },
        ),
      );
    });
    return out;
  },
};
