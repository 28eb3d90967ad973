import type { MismatchedKey, ProviderTrust } from "../../trust/types";
import { forEachFlaggedProvider, nonEmpty } from "../flagged";
import { isLive, providerEvidence, roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

type Hit = { statementIndex: number; key: MismatchedKey; open: boolean };

/** Keys naming another issuer, per grant; `open` when the vacuous condition leaves sub unchecked. */
function mismatchedKeys(provider: ProviderTrust): Hit[] | null {
  const hits: Hit[] = [];
  for (const g of provider.grants) {
    for (const m of g.mismatchedKeys) {
      const open = m.absentTolerant && isLive(g) && g.sub.kind === "any";
      hits.push({ statementIndex: g.statementIndex, key: m, open });
    }
  }
  return nonEmpty(hits);
}

export const trustKeyIssuerMismatch: Rule = {
  id: "trust.key-issuer-mismatch",
  title: "Condition keys name another issuer than the trusted provider",
  defaultSeverity: "medium",
  rationale:
    "Keys of another issuer are never in this provider's requests. With StringEquals the statement can never match (dead role, medium); with IfExists/ForAllValues/negated operators the condition is vacuous and the role is open (high).",
  remediationHint:
    "Use the trusted provider's issuer as the key prefix (<issuer>:sub, <issuer>:aud), typically after a cluster was recreated.",
  appliesToLonePolicy: true,
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    forEachFlaggedProvider(ctx, mismatchedKeys, (role, provider, hits) => {
      for (const { statementIndex, key: m, open } of hits) {
        out.push(
          roleFinding(
            role,
            open ? "high" : "medium",
            open
              ? `${role.name}: condition on ${m.key} is vacuous, role is open`
              : `${role.name}: condition on ${m.key} names another issuer`,
            {
              ...providerEvidence(provider),
              statementIndex,
              key: m.key,
              keyIssuer: m.keyIssuer,
              operator: m.operator,
              effect: m.absentTolerant ? "vacuous" : "never-matches",
            },
            { provider: provider.providerArn, key: m.key.toLowerCase() },
          ),
        );
      }
    });
    return out;
  },
};
