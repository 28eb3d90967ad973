import { isEksIssuer } from "../../issuers/eks";
import { normalizeIssuer } from "../../issuers/normalize";
import type { Rule, RuleFinding } from "../types";
import { providerFinding } from "./helpers";

const THUMBPRINT = /^[0-9a-fA-F]{40}$/;
// IAM accepts at most five thumbprints per OIDC provider.
const MAX_THUMBPRINTS = 5;

export const providerThumbprintDrift: Rule = {
  id: "provider.thumbprint-drift",
  title:
    "Thumbprint list lacks the issuer's current top-intermediate thumbprint, is malformed, or has more than 5",
  defaultSeverity: "medium",
  rationale:
    "For issuers whose certificate does not chain to a public CA, IAM validates the TLS chain against these thumbprints: a stale list breaks federation. IAM ignores thumbprints for public-CA issuers (e.g. EKS), so there it is informational.",
  remediationHint:
    "Set the thumbprint list to the observed top-intermediate CA thumbprint (UpdateOpenIDConnectProviderThumbprint).",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const p of ctx.inventory.providers) {
      const issuer = ctx.index.issuersByUrl.get(normalizeIssuer(p.url));
      const problems: string[] = [];
      const malformed = p.thumbprints.filter((t) => !THUMBPRINT.test(t));
      if (malformed.length > 0) problems.push("malformed");
      if (p.thumbprints.length > MAX_THUMBPRINTS) problems.push("too-many");
      const expected = issuer?.topIntermediateThumbprint?.toLowerCase() ?? null;
      if (expected && !p.thumbprints.some((t) => t.toLowerCase() === expected))
        problems.push("missing-current");
      if (problems.length === 0) continue;
      const publicCa = issuer ? issuer.trustedByPublicCa : isEksIssuer(p.url);
      out.push(
        providerFinding(
          p,
          publicCa ? "info" : "medium",
          `Provider ${p.url} thumbprints drifted (${problems.join(", ")})`,
          {
            problems,
            thumbprints: p.thumbprints,
            expectedThumbprint: expected,
            malformed,
            trustedByPublicCa: publicCa,
          },
        ),
      );
    }
    return out;
  },
};
