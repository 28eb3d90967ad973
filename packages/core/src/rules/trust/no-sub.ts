import { claimKeysOf } from "../../trust/keys";
import { liveGrants, providerEvidence, roleFinding, roleProviders } from "../helpers";
import type { Rule, RuleFinding } from "../types";

export const trustNoSub: Rule = {
  id: "trust.no-sub",
  title: "Audience-only trust: any service account in the cluster",
  defaultSeverity: "high",
  rationale:
    "A condition on aud alone accepts every token the issuer mints for STS: any pod in any namespace of the cluster can assume the role.",
  remediationHint:
    'Add "StringEquals": { "<issuer>:sub": "system:serviceaccount:<namespace>:<name>" } for the workloads that need it.',
  appliesToLonePolicy: true,
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const { role, provider } of roleProviders(ctx)) {
      if (provider.multiTenant || !provider.issuer) continue;
      const subKey = claimKeysOf(provider.issuer).sub;
      // Conditioned grants with no clause on sub at all (a StringLike "*" is trust.wildcard-sub).
      const open = liveGrants(provider).filter(
        (g) => g.hasCondition && g.sub.kind === "any" && !g.clauses.some((c) => c.keyLower === subKey),
      );
      if (open.length === 0) continue;
      out.push(
        roleFinding(
          role,
          "high",
          provider.isEks
            ? `Any service account in the cluster can assume ${role.name}`
            : `Any subject of ${provider.issuer} can assume ${role.name}`,
          {
            ...providerEvidence(provider),
            statementIndexes: open.map((g) => g.statementIndex),
            audiences: open.map((g) => g.aud),
          },
          { provider: provider.providerArn },
        ),
      );
    }
    return out;
  },
};
