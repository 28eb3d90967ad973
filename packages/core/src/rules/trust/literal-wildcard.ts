import { roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

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
    for (const { role } of ctx.index.federationRoleTrusts()) {
      const parsed = ctx.index.policyOf(role);
      if (!parsed) continue;
      for (const s of parsed.statements) {
        for (const c of s.conditions) {
          if (c.operator.family !== "string" || c.operator.wildcards || c.operator.negated) continue;
          if (!c.values.some(hasStar)) continue; // the common case: no array to build
          const literal = c.values.filter(hasStar);
          out.push(
            roleFinding(
              role,
              "info",
              `${role.name}: ${c.operator.raw} on ${c.key} compares "*" literally`,
              {
                statementIndex: s.index,
                path: c.path,
                operator: c.operator.raw,
                key: c.key,
                values: literal,
              },
              { key: c.keyLower, operator: c.operator.raw, values: [...literal].sort() },
            ),
          );
        }
      }
    }
    return out;
  },
};

function hasStar(value: string): boolean {
  return value.includes("*");
}
