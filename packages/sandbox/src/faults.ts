import { AwsError } from "./errors";
import type { IssuerFault } from "./scenarios/types";

/** "The next N calls of action X in account Y fail with code Z." Unset fields match anything. */
export type InjectedError = {
  account?: string;
  service?: string;
  action?: string;
  region?: string;
  /** How many matching calls fail; default 1. Infinity for "until cleared". */
  count?: number;
  code?: string;
  status?: number;
  message?: string;
};

export type Faults = {
  failNext(error: InjectedError): void;
  /** EKS in this account and region answers as an opt-in region that is not enabled. */
  disableEksRegion(account: string, region: string): void;
  enableEksRegion(account: string, region: string): void;
  isEksRegionDisabled(account: string, region: string): boolean;
  /** Issuer faults are keyed by issuer URL; certificate faults apply to the URL's whole host (SNI). */
  setIssuerFault(issuerUrl: string, fault: IssuerFault): void;
  clearIssuerFault(issuerUrl: string, fault?: IssuerFault): void;
  issuerFaults(issuerUrl: string): ReadonlySet<IssuerFault>;
  hostFaults(host: string): Set<IssuerFault>;
  /** Removes injected API errors, disabled regions and issuer faults (scenario faults included). */
  clear(): void;
  /** Consumes a matching injected error, if any. */
  takeInjected(account: string, service: string, action: string, region: string): AwsError | undefined;
};

const EMPTY: ReadonlySet<IssuerFault> = new Set();

export function normalizeIssuerUrl(url: string): string {
  return url.replace(/\/+$/, "").toLowerCase();
}

export function createFaults(initialIssuerFaults: Iterable<[string, IssuerFault[]]> = []): Faults {
  let injected: (InjectedError & { remaining: number })[] = [];
  const disabledRegions = new Set<string>();
  const issuer = new Map<string, Set<IssuerFault>>();
  for (const [url, faults] of initialIssuerFaults) issuer.set(normalizeIssuerUrl(url), new Set(faults));

  return {
    failNext(error) {
      injected.push({ ...error, remaining: error.count ?? 1 });
    },
    disableEksRegion: (account, region) => void disabledRegions.add(`${account}/${region}`),
    enableEksRegion: (account, region) => void disabledRegions.delete(`${account}/${region}`),
    isEksRegionDisabled: (account, region) => disabledRegions.has(`${account}/${region}`),
    setIssuerFault(url, fault) {
      const key = normalizeIssuerUrl(url);
      issuer.set(key, new Set([...(issuer.get(key) ?? []), fault]));
    },
    clearIssuerFault(url, fault) {
      const key = normalizeIssuerUrl(url);
      if (fault) issuer.get(key)?.delete(fault);
      else issuer.delete(key);
    },
    issuerFaults: (url) => issuer.get(normalizeIssuerUrl(url)) ?? EMPTY,
    hostFaults(host) {
      const result = new Set<IssuerFault>();
      const prefix = `https://${host.toLowerCase()}`;
      for (const [url, faults] of issuer) {
        if (url === prefix || url.startsWith(`${prefix}/`)) for (const f of faults) result.add(f);
      }
      return result;
    },
    clear() {
      injected = [];
      disabledRegions.clear();
      issuer.clear();
    },
    takeInjected(account, service, action, region) {
      const match = injected.find(
        (e) =>
          (e.account === undefined || e.account === account) &&
          (e.service === undefined || e.service === service) &&
          (e.action === undefined || e.action === action) &&
          (e.region === undefined || e.region === region),
      );
      if (!match) return undefined;
      match.remaining -= 1;
      if (match.remaining <= 0) injected = injected.filter((e) => e !== match);
      const status = match.status ?? 503;
      const code =
        match.code ??
        (service === "eks" || service === "organizations"
          ? "ServiceUnavailableException"
          : "ServiceUnavailable");
      return new AwsError(code, status, match.message ?? "Service is unavailable. Please try again later.");
    },
  };
}
