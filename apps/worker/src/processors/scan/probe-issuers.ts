import { createIssuerProbeCache, createProbeAgent, mapWithConcurrency } from "@trustwatch/aws";
import { type IssuerObservationInput, recordIssuerObservations } from "@trustwatch/db";
import type { ProcessorDeps } from "../deps";

/** Every issuer the organization depends on (cluster issuers, IAM provider URLs, sign-in IdP configs), once each. */
export function distinctIssuerUrls(refs: {
  clusterIssuers: (string | null)[];
  providerUrls: string[];
  identityProviderIssuers: string[];
}): string[] {
  const urls = new Set<string>();
  for (const url of [...refs.clusterIssuers, ...refs.providerUrls, ...refs.identityProviderIssuers]) {
    if (!url) continue;
    urls.add(
      (url.startsWith("https://") || url.startsWith("http://") ? url : `https://${url}`).replace(/\/+$/, ""),
    );
  }
  return [...urls].sort();
}

/** Observations are written in batches: one statement per this many issuers, not two per issuer. */
const WRITE_BATCH = 250;

/**
 * Probe each distinct issuer once per scan (org-wide dedupe) and record what it served.
 * An http:// issuer is recorded as failed by the probe itself (only https is fetched).
 * One keep-alive pool for the run: EKS serves every issuer of a region from one host.
 */
export async function probeIssuers(
  deps: ProcessorDeps,
  organizationId: string,
  scanId: string,
  urls: string[],
) {
  const cache = createIssuerProbeCache();
  const agent = createProbeAgent(deps.probe.concurrency);
  let pending: IssuerObservationInput[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    await recordIssuerObservations(deps.db, organizationId, scanId, batch);
  };
  try {
    await mapWithConcurrency(urls, deps.probe.concurrency, async (url) => {
      const started = performance.now();
      const result = await cache.probe(url, { ...deps.probe.options, now: deps.now, agent });
      const ms = Math.round(performance.now() - started);
      if (ms > 5_000) deps.logger.warn("slow issuer probe", { url, ms, errorCode: result.errorCode });
      pending.push({
        url,
        reachable: result.reachable,
        error: result.error,
        discovery: result.discovery,
        discoveryIssuer: result.discoveryIssuer,
        jwksUri: result.jwksUri,
        keyIds: result.keyIds,
        topIntermediateThumbprint: result.topIntermediateThumbprint,
        certificateExpiresAt: result.certificateExpiresAt,
        trustedByPublicCa: result.trustedByPublicCa,
        probedAt: result.probedAt,
      });
      if (pending.length >= WRITE_BATCH) await flush();
    });
    await flush();
  } finally {
    agent.destroy();
  }
  return urls.length;
}
