import { normalizeIssuer } from "@trustwatch/core";
import { z } from "zod";

export const ZProviderStatus = z.enum([
  "no-issuer",
  "missing",
  "thumbprint-drift",
  "audience-drift",
  "present",
]);
export type ProviderStatus = z.infer<typeof ZProviderStatus>;

export const STS_AUDIENCE = "sts.amazonaws.com";

type ProviderLike = { arn: string; url: string; clientIds: string[]; thumbprints: string[] };
type ObservationLike = { url: string; topIntermediateThumbprint: string | null };
type FindingLike = { ruleId: string; resourceArn: string };

/** Whether the provider's thumbprints include what the issuer serves now (null: never probed). */
export function thumbprintMatches(p: ProviderLike, observed: string | null): boolean | null {
  if (!observed) return null;
  return p.thumbprints.some((t) => t.toLowerCase() === observed.toLowerCase());
}

/** IRSA tokens carry aud sts.amazonaws.com; anything else on the provider is an extra audience. */
export function audienceProblems(p: ProviderLike): string[] {
  const problems: string[] = [];
  if (!p.clientIds.includes(STS_AUDIENCE)) problems.push(`missing ${STS_AUDIENCE}`);
  const extra = p.clientIds.filter((c) => c !== STS_AUDIENCE);
  if (extra.length > 0) problems.push(`extra audiences: ${extra.join(", ")}`);
  return problems;
}

export function findObservation<T extends ObservationLike>(observations: T[], issuer: string): T | null {
  const key = normalizeIssuer(issuer);
  return observations.find((o) => normalizeIssuer(o.url) === key) ?? null;
}

/**
 * A cluster's IRSA provider status, worst first: no provider in any scanned account; a
 * provider without the issuer's current thumbprint; one with wrong audiences; else present.
 * Open findings count too, so the page agrees with the Findings list.
 */
export function clusterProviderStatus(
  issuerUrl: string | null,
  providers: ProviderLike[],
  observation: ObservationLike | null,
  openFindings: FindingLike[],
): { status: ProviderStatus; reasons: string[] } {
  if (!issuerUrl) return { status: "no-issuer", reasons: ["the cluster has no OIDC issuer"] };
  if (providers.length === 0) return { status: "missing", reasons: ["no IAM OIDC provider for this issuer"] };
  const arns = new Set(providers.map((p) => p.arn));
  const hasFinding = (ruleId: string) =>
    openFindings.some((f) => f.ruleId === ruleId && arns.has(f.resourceArn));
  const observed = observation?.topIntermediateThumbprint ?? null;
  const thumbprintReasons = providers
    .filter((p) => thumbprintMatches(p, observed) === false)
    .map((p) => `${p.arn} lacks the issuer's thumbprint ${observed}`);
  if (thumbprintReasons.length > 0 || hasFinding("provider.thumbprint-drift")) {
    return {
      status: "thumbprint-drift",
      reasons: thumbprintReasons.length ? thumbprintReasons : ["open thumbprint finding"],
    };
  }
  const audienceReasons = providers.flatMap((p) => audienceProblems(p).map((r) => `${p.arn}: ${r}`));
  if (audienceReasons.length > 0 || hasFinding("provider.audience-drift")) {
    return {
      status: "audience-drift",
      reasons: audienceReasons.length ? audienceReasons : ["open audience finding"],
    };
  }
  return { status: "present", reasons: [] };
}
