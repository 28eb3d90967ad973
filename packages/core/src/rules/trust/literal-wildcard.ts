import type { ConditionClause, PolicyDocument } from "../../policy/model";
import type { TrustAnalysis } from "../../trust/types";
import { forEachFlaggedTrust, nonEmpty } from "../flagged";
import { roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

type Hit = { statementIndex: number; clause: ConditionClause; literal: string[]; sorted: string[] };

/** Non-wildcard, non-negated string clauses of the document with a "*" in some value. */
function literalStars(_trust: TrustAnalysis, policy: PolicyDocument | null): Hit[] | null {
  const hits: Hit[] = [];
  for (const s of policy?.statements ?? []) {
    for (const c of s.conditions) {
      if (c.operator.family !== "string" || c.operator.wildcards || c.operator.negated) continue;
      if (!c.values.some(hasStar)) continue; // the common case: no array to build
      const literal = c.values.filter(hasStar);
      hits.push({ statementIndex: s.index, clause: c, literal, sorted: [...literal].sort() });
    }
  }
  return nonEmpty(hits);
}

export const trustLiteralWildcard: Rule = {
  id: "trust.literal-wildcard",
  title: "StringEquals with *: never matches, role broken",
  defaultSeverity: "info",
  rationale:
    "StringEquals compares literally: a * in the value is an asterisk, not a wildcard, so no real token matches.",
  remediationHint: "Use StringLike for patterns, or better StringEquals on the exact values.",
  appliesToLonePolicy: true,
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    // A document with a "*" anywhere is among the federation candidates.
    forEachFlaggedTrust(ctx, literalStars, (role, _trust, hits) => {
      for (const { statementIndex, clause: c, literal, sorted } of hits) {
        out.push(
          roleFinding(
            role,
            "info",
            `${role.name}: ${c.operator.raw} on ${c.key} compares "*" literally`,
            {
              statementIndex,
              path: c.path,
              operator: c.operator.raw,
              key: c.key,
              values: [...literal],
            },
            { key: c.keyLower, operator: c.operator.raw, values: sorted },
          ),
        );
      }
    });
    return out;
  },
};

function hasStar(value: string): boolean {
  return value.includes("*");
}
