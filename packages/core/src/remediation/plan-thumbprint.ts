import type { Inventory } from "../inventory/types";
import { normalizeIssuer } from "../issuers/normalize";
import type { Finding } from "../rules/types";
import { buildPlan } from "./build-plan";
import { evidenceString, findProvider } from "./context";
import { providerDocument } from "./documents";
import type { PlanOptions, PlanResult } from "./types";

const THUMBPRINT = /^[0-9a-f]{40}$/;
// IAM accepts at most five thumbprints per OIDC provider.
const MAX_THUMBPRINTS = 5;

/** provider.thumbprint-drift: set the list to the issuer's observed top-intermediate thumbprint. */
export function planThumbprintUpdate(
  finding: Finding,
  inventory: Inventory,
  options: PlanOptions,
): PlanResult {
  const provider = findProvider(finding, inventory);
  if ("error" in provider) return provider;
  const issuer = inventory.issuers.find((i) => normalizeIssuer(i.url) === normalizeIssuer(provider.url));
  const observed = (
    evidenceString(finding, "expectedThumbprint") ??
    issuer?.topIntermediateThumbprint ??
    null
  )?.toLowerCase();
  // Without an observation, the best fix keeps the well-formed thumbprints (at most five).
  const thumbprints = observed
    ? [observed]
    : [...new Set(provider.thumbprints.map((t) => t.toLowerCase()))]
        .filter((t) => THUMBPRINT.test(t))
        .slice(0, MAX_THUMBPRINTS);
  if (thumbprints.length === 0)
    return {
      error:
        "No observed thumbprint for this issuer and no valid one to keep: probe the issuer (re-scan) first.",
    };
  const notes = [
    observed
      ? `Sets the thumbprint to ${observed}, the SHA-1 of the issuer's top intermediate CA observed on ${issuer?.probedAt.toISOString() ?? "the last scan"}.`
      : "Keeps only the well-formed thumbprints.",
  ];
  if (issuer?.trustedByPublicCa)
    notes.push(
      "IAM ignores thumbprints for issuers whose certificate chains to a public CA (EKS): this is hygiene.",
    );
  return buildPlan(
    {
      kind: "provider.set-thumbprint",
      finding,
      summary: `Set the thumbprint of provider ${provider.url}`,
      targetArn: provider.arn,
      accountId: provider.accountId,
      resourceType: "provider",
      before: providerDocument(provider),
      after: providerDocument({ ...provider, thumbprints }),
      notes,
    },
    inventory,
    options.now,
  );
}
