import { claimKeysOf } from "../../trust/keys";
import type { Grant, ProviderTrust } from "../../trust/types";
import { forEachFlaggedProvider, nonEmpty } from "../flagged";
import { liveGrants, providerEvidence, roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

/** Conditioned grants with no clause on sub at all (a StringLike "*" is trust.wildcard-sub). */
function openGrants(provider: ProviderTrust): Grant[] | null {
  if (provider.multiTenant || !provider.issuer) return null;
  const subKey = claimKeysOf(provider.issuer).sub;
  return nonEmpty(
    liveGrants(provider).filter(
      (g) => g.hasCondition && g.sub.kind === "any" && !g.clauses.some((c) => c.keyLower === subKey),
    ),
  );
}

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
    forEachFlaggedProvider(ctx, openGrants, (role, provider, open) => {
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
    });
    return out;
  },
};
