import { createIssuerProbeCache, mapWithConcurrency } from "@trustwatch/aws";
import type { Inventory } from "@trustwatch/core";
import { recordIssuerObservation } from "@trustwatch/db";
import type { ProcessorDeps } from "../deps";

/** Every issuer the organization depends on: cluster issuers, IAM provider URLs, sign-in IdP configs. */
export function distinctIssuerUrls(inventory: Inventory): string[] {
  const urls = new Set<string>();
  const add = (url: string | null) => {
    if (!url) return;
    urls.add(
      (url.startsWith("https://") || url.startsWith("http://") ? url : `https://${url}`).replace(/\/+$/, ""),
    );
  };
  for (const c of inventory.clusters) add(c.issuerUrl);
  for (const p of inventory.providers) add(p.url);
  for (const c of inventory.identityProviderConfigs) add(c.issuerUrl);
  return [...urls].sort();
}

/**
 * Probe each distinct issuer once per scan (org-wide dedupe) and record what it served.
 * An http:// issuer is recorded as failed by the probe itself (only https is fetched).
 */
export async function probeIssuers(
  deps: ProcessorDeps,
  organizationId: string,
  scanId: string,
  urls: string[],
) {
  const cache = createIssuerProbeCache();
  await mapWithConcurrency(urls, deps.probe.concurrency, async (url) => {
    const started = performance.now();
    const result = await cache.probe(url, { ...deps.probe.options, now: deps.now });
    const ms = Math.round(performance.now() - started);
    if (ms > 5_000) deps.logger.warn("slow issuer probe", { url, ms, errorCode: result.errorCode });
    await recordIssuerObservation(deps.db, organizationId, scanId, {
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
  });
  return urls.length;
}
