import type { ProviderTrust } from "../../trust/types";
import { fromAudienceSet } from "../../trust/value-set";
import { forEachFlaggedProvider, nonEmpty } from "../flagged";
import { liveGrants, providerEvidence, roleFinding, statementIndexes } from "../helpers";
import type { Rule, RuleFinding } from "../types";

/** Live grants of a multi-tenant issuer that leave its tenant-identifying claim unrestricted. */
function openGrants(provider: ProviderTrust): number[] | null {
  const mt = provider.multiTenant;
  if (!mt) return null;
  return nonEmpty(
    statementIndexes(
      liveGrants(provider).filter(
        (g) => (mt.restrictingClaim === "sub" ? g.sub : fromAudienceSet(g.aud)).kind === "any",
      ),
    ),
  );
}

export const trustSharedIssuerNoSub: Rule = {
  id: "trust.shared-issuer-no-sub",
  title: "Multi-tenant issuer (GitHub, GitLab…) without a sub restriction",
  defaultSeverity: "critical",
  rationale:
    "Issuers such as GitHub Actions sign tokens for every customer, all with the same audience: without a sub condition any repository on the internet can assume the role.",
  remediationHint:
    'Add "StringEquals"/"StringLike" on "<issuer>:sub" pinned to your organisation and repository, e.g. "repo:my-org/my-repo:ref:refs/heads/main".',
  appliesToLonePolicy: true,
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    forEachFlaggedProvider(ctx, openGrants, (role, provider, open) => {
      const mt = provider.multiTenant;
      if (!mt) return;
      // An org-scoped issuer URL (CircleCI, Bitbucket) confines the exposure to that org: high.
      const severity = mt.scope === "global" ? "critical" : "high";
      out.push(
        roleFinding(
          role,
          severity,
          `Any ${mt.name} workload${mt.scope === "global" ? " on the internet" : " of the organisation"} can assume ${role.name}`,
          {
            ...providerEvidence(provider),
            issuerScope: mt.scope,
            restrictingClaim: mt.restrictingClaim,
            statementIndexes: [...open],
          },
          { provider: provider.providerArn },
        ),
      );
    });
    return out;
  },
};
