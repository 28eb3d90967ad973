import type { AccountInventory } from "@trustwatch/aws";
import { createIssuerProbeCache, mapWithConcurrency } from "@trustwatch/aws";
import {
  type IssuerObservationInput,
  issuerUrlsObservedInScan,
  recordIssuerObservations,
} from "@trustwatch/db";
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

/** The issuers one account's inventory names: its clusters', its IAM providers' and its sign-in IdPs'. */
export function accountIssuerUrls(inventory: AccountInventory): string[] {
  return distinctIssuerUrls({
    clusterIssuers: inventory.clusters.map((c) => c.issuerUrl),
    providerUrls: inventory.providers.map((p) => p.url),
    identityProviderIssuers: inventory.identityProviderConfigs.map((c) => c.issuerUrl),
  });
}

/**
 * Probe the issuers among `urls` that this scan has not observed yet. Account jobs call it with
 * their own issuers as they finish (so probing overlaps collection and spreads over every
 * worker), evaluation with the organization's: only what no account job covered is left then
 * (an account that failed, or whose probes did). An issuer that accounts share may be probed by
 * several of their jobs at the same moment: each records an observation of this scan, harmlessly.
 */
export async function probeUnobservedIssuers(
  deps: ProcessorDeps,
  organizationId: string,
  scanId: string,
  urls: string[],
): Promise<number> {
  if (urls.length === 0) return 0;
  // Up to a few hundred URLs (one account's) are asked about by name; an organization's, all at once.
  const observed = await issuerUrlsObservedInScan(
    deps.db,
    organizationId,
    scanId,
    urls.length <= 500 ? urls : undefined,
  );
  const todo = urls.filter((u) => !observed.has(u));
  if (todo.length > 0) await probeIssuers(deps, organizationId, scanId, todo);
  return todo.length;
}

/** Observations are written in batches: one statement per this many issuers, not two per issuer. */
const WRITE_BATCH = 250;

/**
 * Probe each of `urls` once and record what it served. An http:// issuer is recorded as failed
 * by the probe itself (only https is fetched). Probes go through the worker's keep-alive pool
 * (EKS serves every issuer of a region from one host) and its limiter.
 */
export async function probeIssuers(
  deps: ProcessorDeps,
  organizationId: string,
  scanId: string,
  urls: string[],
) {
  const cache = createIssuerProbeCache();
  let pending: IssuerObservationInput[] = [];
  const flush = async () => {
    // In URL order: account jobs sharing issuers write the same rows at the same time, and rows
    // locked in one order by every statement cannot deadlock.
    const batch = pending.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    pending = [];
    await recordIssuerObservations(deps.db, organizationId, scanId, batch);
  };
  await mapWithConcurrency(urls, deps.probe.concurrency, async (url) => {
    const started = performance.now();
    const result = await deps.probe.limiter(() =>
      cache.probe(url, { ...deps.probe.options, now: deps.now, agent: deps.probe.agent }),
    );
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
  return urls.length;
}
