import type { Issuer } from "../../inventory/types";
import { normalizeIssuer } from "../../issuers/normalize";
import type { RuleContext, RuleFinding, Severity } from "../types";

/** Issuers are org-wide; attribute a finding to the first account whose provider or cluster uses it. */
export function issuerAccount(ctx: RuleContext, issuer: Issuer): string {
  const n = normalizeIssuer(issuer.url);
  return (
    ctx.index.providersByIssuer.get(n)?.[0]?.accountId ??
    ctx.index.clustersByIssuer.get(n)?.[0]?.accountId ??
    ""
  );
}

export function issuerFinding(
  ctx: RuleContext,
  issuer: Issuer,
  severity: Severity,
  title: string,
  evidence: Record<string, unknown>,
): RuleFinding {
  return {
    severity,
    resourceType: "issuer",
    resourceArn: issuer.url,
    accountId: issuerAccount(ctx, issuer),
    title,
    evidence: { url: issuer.url, ...evidence },
    fingerprintDetail: null,
  };
}
