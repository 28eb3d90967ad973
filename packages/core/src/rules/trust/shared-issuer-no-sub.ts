import { fromAudienceSet } from "../../trust/value-set";
import { liveGrants, providerEvidence, roleFinding, roleProviders } from "../helpers";
import type { Rule, RuleFinding } from "../types";

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
    for (const { role, provider } of roleProviders(ctx)) {
      const mt = provider.multiTenant;
      if (!mt) continue;
      const open = liveGrants(provider).filter(
        (g) => (mt.restrictingClaim === "sub" ? g.sub : fromAudienceSet(g.aud)).kind === "any",
      );
      if (open.length === 0) continue;
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
            statementIndexes: open.map((g) => g.statementIndex),
          },
          { provider: provider.providerArn },
        ),
      );
    }
    return out;
  },
};
