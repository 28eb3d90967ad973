import { SERVICE_ACCOUNT_PREFIX } from "../../issuers/service-account";
import type { ProviderTrust } from "../../trust/types";
import { globContains, hasWildcard } from "../../util/glob";
import { forEachFlaggedProvider, nonEmpty } from "../flagged";
import { liveGrants, providerEvidence, roleFinding } from "../helpers";
import type { Rule, RuleFinding, Severity } from "../types";

/** medium: a whole namespace (ns fixed, name wild); high: crosses namespaces (ns wild). */
export function classifyNamespacePattern(pattern: string): Severity | null {
  if (!hasWildcard(pattern) || globContains(pattern, "system:serviceaccount:*:*")) return null;
  if (!pattern.startsWith(SERVICE_ACCOUNT_PREFIX)) {
    // e.g. "*:default" or "system:*:api": the namespace part is not pinned.
    return pattern.startsWith("system:serviceaccount") ? null : "high";
  }
  const parts = pattern.slice(SERVICE_ACCOUNT_PREFIX.length).split(":");
  const [ns, name] = parts;
  if (parts.length !== 2 || ns === undefined || name === undefined)
    return hasWildcard(parts[0] ?? "") ? "high" : "medium";
  if (hasWildcard(ns)) return "high";
  return hasWildcard(name) ? "medium" : null;
}

type Hit = { statementIndex: number; pattern: string; severity: Severity };

/** Sub patterns of the live grants that cover a namespace or cross namespaces. */
function namespacePatterns(provider: ProviderTrust): Hit[] | null {
  if (provider.multiTenant) return null;
  const hits: Hit[] = [];
  for (const g of liveGrants(provider)) {
    if (g.sub.kind !== "patterns") continue;
    for (const pattern of g.sub.patterns) {
      const severity = classifyNamespacePattern(pattern);
      if (severity) hits.push({ statementIndex: g.statementIndex, pattern, severity });
    }
  }
  return nonEmpty(hits);
}

export const trustNamespaceWildcardSub: Rule = {
  id: "trust.namespace-wildcard-sub",
  title: "sub pattern covering a namespace, or one service-account name in any namespace",
  defaultSeverity: "medium",
  rationale:
    "system:serviceaccount:payments:* lets every service account of the namespace in (medium); system:serviceaccount:*:api lets anyone who can create a namespace and an 'api' service account in (high).",
  remediationHint: "List the exact service accounts with StringEquals on <issuer>:sub.",
  appliesToLonePolicy: true,
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    forEachFlaggedProvider(ctx, namespacePatterns, (role, provider, hits) => {
      for (const { statementIndex, pattern, severity } of hits) {
        out.push(
          roleFinding(
            role,
            severity,
            `sub pattern "${pattern}" on ${role.name}`,
            {
              ...providerEvidence(provider),
              statementIndex,
              pattern,
              crossesNamespaces: severity === "high",
            },
            { provider: provider.providerArn, pattern },
          ),
        );
      }
    });
    return out;
  },
};
