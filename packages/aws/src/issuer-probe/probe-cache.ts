import { normalizeIssuerForComparison } from "./issuer-url";
import { probeIssuer } from "./probe-issuer";
import type { IssuerProbeOptions, IssuerProbeResult } from "./types";

export type IssuerProbeCache = {
  probe(url: string, options: IssuerProbeOptions): Promise<IssuerProbeResult>;
};

/**
 * One per scan: each distinct issuer is probed once, however many clusters, providers and accounts
 * name it, and concurrent callers share the in-flight probe. Options of later calls are ignored.
 */
export function createIssuerProbeCache(probe = probeIssuer): IssuerProbeCache {
  const probes = new Map<string, Promise<IssuerProbeResult>>();
  return {
    probe(url, options) {
      const key = normalizeIssuerForComparison(url);
      const existing = probes.get(key);
      if (existing) return existing;
      const pending = probe(url, options);
      probes.set(key, pending);
      // A rejected probe (only possible with an injected one) is not cached.
      pending.catch(() => probes.delete(key));
      return pending;
    },
  };
}
