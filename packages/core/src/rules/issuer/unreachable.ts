import type { Rule, RuleFinding } from "../types";
import { issuerFinding } from "./helpers";

export const issuerUnreachable: Rule = {
  id: "issuer.unreachable",
  title: "Issuer discovery or JWKS fails, or discovery names another issuer",
  defaultSeverity: "high",
  rationale:
    "STS fetches the discovery document and JWKS to verify tokens: when they fail, or `issuer` differs from the URL (OpenID Connect Discovery requires them identical), federation breaks.",
  remediationHint:
    "Restore the issuer endpoint (S3 bucket / CloudFront for self-managed issuers) or fix the provider URL.",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const i of ctx.inventory.issuers) {
      const problems: string[] = [];
      if (!i.reachable) problems.push("unreachable");
      else if (!i.jwksUri) problems.push("no-jwks-uri");
      if (i.discoveryIssuer !== null && i.discoveryIssuer !== i.url) problems.push("issuer-mismatch");
      if (problems.length === 0) continue;
      out.push(
        issuerFinding(ctx, i, "high", `Issuer ${i.url}: ${problems.join(", ")}`, {
          problems,
          error: i.error,
          discoveryIssuer: i.discoveryIssuer,
        }),
      );
    }
    return out;
  },
};
