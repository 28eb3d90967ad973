import { claimKeysOf } from "../../trust/keys";
import type { ProviderTrust } from "../../trust/types";
import { globContains } from "../../util/glob";
import { forEachFlaggedProvider, nonEmpty } from "../flagged";
import { liveGrants, providerEvidence, roleFinding } from "../helpers";
import type { Rule, RuleFinding } from "../types";

const EVERY_SERVICE_ACCOUNT = "system:serviceaccount:*:*";

type Hit = { statementIndex: number; patterns: readonly string[]; sorted: readonly string[] };

/** Live grants whose sub pattern lets every service account in. */
function wildcardGrants(provider: ProviderTrust): Hit[] | null {
  if (provider.multiTenant || !provider.issuer) return null;
  const subKey = claimKeysOf(provider.issuer).sub;
  const hits: Hit[] = [];
  for (const g of liveGrants(provider)) {
    // Most grants pin sub to exact values: decide on g.sub before collecting the clauses.
    if (g.sub.kind !== "any" && g.sub.kind !== "patterns") continue;
    if (g.sub.kind === "patterns" && !g.sub.patterns.some((p) => globContains(p, EVERY_SERVICE_ACCOUNT)))
      continue;
    const subClauses = g.clauses.filter(
      (c) => c.keyLower === subKey && c.operator.wildcards && !c.operator.negated,
    );
    // An unrestricted sub counts only when a wildcard clause on sub produced it.
    if (g.sub.kind === "any" && subClauses.length === 0) continue;
    const patterns = subClauses.flatMap((c) => c.values);
    hits.push({ statementIndex: g.statementIndex, patterns, sorted: [...patterns].sort() });
  }
  return nonEmpty(hits);
}

export const trustWildcardSub: Rule = {
  id: "trust.wildcard-sub",
  title: "StringLike sub matching every service account",
  defaultSeverity: "high",
  rationale:
    'A sub pattern such as "*" or "system:serviceaccount:*" restricts nothing: every service account of the cluster matches.',
  remediationHint:
    "Replace the pattern with StringEquals on the exact system:serviceaccount:<namespace>:<name> subjects.",
  appliesToLonePolicy: true,
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    forEachFlaggedProvider(ctx, wildcardGrants, (role, provider, hits) => {
      for (const h of hits) {
        out.push(
          roleFinding(
            role,
            "high",
            `sub pattern lets every service account assume ${role.name}`,
            { ...providerEvidence(provider), statementIndex: h.statementIndex, patterns: [...h.patterns] },
            { provider: provider.providerArn, patterns: h.sorted },
          ),
        );
      }
    });
    return out;
  },
};
