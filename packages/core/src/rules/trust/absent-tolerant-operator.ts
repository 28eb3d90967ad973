import { claimKeysOf } from "../../trust/keys";
import { providerEvidence, roleFinding, roleProviders } from "../helpers";
import type { Rule, RuleFinding } from "../types";

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
    for (const { role, provider } of roleProviders(ctx)) {
      if (!provider.issuer) continue;
      const keys = claimKeysOf(provider.issuer);
      for (const g of provider.grants) {
        for (const c of g.clauses) {
          if (c.keyLower !== keys.sub && c.keyLower !== keys.aud) continue;
          if (!c.operator.ifExists && c.operator.qualifier !== "ForAllValues") continue;
          out.push(
            roleFinding(
              role,
              "medium",
              `${role.name}: ${c.operator.raw} on ${c.key} accepts tokens without the claim`,
              {
                ...providerEvidence(provider),
                statementIndex: g.statementIndex,
                key: c.key,
                operator: c.operator.raw,
                values: c.values,
              },
              { provider: provider.providerArn, key: c.keyLower, operator: c.operator.raw },
            ),
          );
        }
      }
    }
    return out;
  },
};
