import { isMultiTenantIssuer } from "../../issuers/multi-tenant";
import { DAY_MS } from "../helpers";
import type { Rule, RuleFinding } from "../types";
import { issuerFinding } from "./helpers";

const STALE_DAYS = 14;
// Keys seen in the latest probe; tolerance for collectors that stamp lastSeen slightly earlier.
const CURRENT_TOLERANCE_MS = 60 * 60 * 1000;

export const issuerKeyRotationStale: Rule = {
  id: "issuer.key-rotation-stale",
  title: "Same signing keys for more than 14 days",
  defaultSeverity: "low",
  rationale:
    "EKS rotates its service-account signing key every 7 days; a self-managed issuer whose keys never change keeps a leaked key valid indefinitely.",
  remediationHint: "Rotate the service-account signing key and publish the new JWKS.",
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    const now = ctx.now.getTime();
    for (const i of ctx.inventory.issuers) {
      // Public multi-tenant issuers (GitHub…) rotate on their own schedule; not ours to judge.
      if (!i.reachable || i.keys.length === 0 || isMultiTenantIssuer(i.url)) continue;
      const probed = i.probedAt.getTime();
      const current = i.keys.filter((k) => k.lastSeen.getTime() >= probed - CURRENT_TOLERANCE_MS);
      const keys = current.length > 0 ? current : i.keys;
      const newest = Math.max(...keys.map((k) => k.firstSeen.getTime()));
      const oldest = Math.min(...keys.map((k) => k.firstSeen.getTime()));
      if (now - newest <= STALE_DAYS * DAY_MS || now - oldest <= STALE_DAYS * DAY_MS) continue;
      out.push(
        issuerFinding(
          ctx,
          i,
          "low",
          `Issuer ${i.url} has not rotated its signing keys for ${Math.floor((now - newest) / DAY_MS)} days`,
          {
            kids: keys.map((k) => k.kid),
            newestKeyFirstSeen: new Date(newest).toISOString(),
          },
        ),
      );
    }
    return out;
  },
};
