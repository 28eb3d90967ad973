import type { ConditionClause } from "../../policy/model";
import { claimKeysOf } from "../../trust/keys";
import type { ProviderTrust } from "../../trust/types";
import { forEachFlaggedProvider, nonEmpty } from "../flagged";
import { providerEvidence, roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

type Hit = { statementIndex: number; clause: ConditionClause };

/** Clauses on the provider's sub or aud, in any grant, that hold when the claim is absent. */
function absentTolerantClauses(provider: ProviderTrust): Hit[] | null {
  if (!provider.issuer) return null;
  const keys = claimKeysOf(provider.issuer);
  const hits: Hit[] = [];
  for (const g of provider.grants) {
    for (const c of g.clauses) {
      if (c.keyLower !== keys.sub && c.keyLower !== keys.aud) continue;
      if (!c.operator.ifExists && c.operator.qualifier !== "ForAllValues") continue;
      hits.push({ statementIndex: g.statementIndex, clause: c });
    }
  }
  return nonEmpty(hits);
}

export const trustAbsentTolerantOperator: Rule = {
  id: "trust.absent-tolerant-operator",
  title: "ForAllValues or …IfExists on sub or aud in an Allow",
  defaultSeverity: "medium",
  rationale:
    "ForAllValues and …IfExists are true when the key is absent: a token without the claim, or a typo in the key, passes the check.",
  remediationHint: "Use plain StringEquals/StringLike on single-valued claims such as sub and aud.",
  appliesToLonePolicy: true,
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    forEachFlaggedProvider(ctx, absentTolerantClauses, (role, provider, hits) => {
      for (const { statementIndex, clause: c } of hits) {
        out.push(
          roleFinding(
            role,
            "medium",
            `${role.name}: ${c.operator.raw} on ${c.key} accepts tokens without the claim`,
            {
              ...providerEvidence(provider),
              statementIndex,
              key: c.key,
              operator: c.operator.raw,
              values: c.values,
            },
            { provider: provider.providerArn, key: c.keyLower, operator: c.operator.raw },
          ),
        );
      }
    });
    return out;
  },
};
