import { normalizeIssuerUrl } from "../faults";
import type { IssuerFault, IssuerRotation, Scenario } from "../scenarios/types";
import { eksIssuerUrl } from "../state/arns";

export type IssuerKind = "eks" | "github" | "generic";

export type IssuerEntry = {
  url: string;
  host: string;
  path: string;
  kind: IssuerKind;
  rotation: IssuerRotation;
};

export type IssuerRegistry = {
  hosts(): string[];
  /** Finds the issuer a request path belongs to, and whether it asks for discovery or the JWKS. */
  match(host: string, pathname: string): { issuer: IssuerEntry; document: "discovery" | "jwks" } | undefined;
  entries(): IssuerEntry[];
  scenarioFaults(): [string, IssuerFault[]][];
};

const EKS_HOST = /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com$/;
const EKS_ROTATION_DAYS = 7;

export function kindOf(host: string): IssuerKind {
  if (EKS_HOST.test(host)) return "eks";
  if (host === "token.actions.githubusercontent.com") return "github";
  return "generic";
}

/** Where each kind of issuer publishes its keys (its discovery document's `jwks_uri`). */
export function jwksPath(kind: IssuerKind): string {
  if (kind === "eks") return "/keys";
  if (kind === "github") return "/.well-known/jwks";
  return "/.well-known/jwks.json";
}

const DISCOVERY = "/.well-known/openid-configuration";

export function createIssuerRegistry(scenario: Scenario): IssuerRegistry {
  const byUrl = new Map<string, IssuerEntry>();
  const add = (url: string, rotation?: IssuerRotation) => {
    const parsed = new URL(url);
    const host = parsed.hostname.toLowerCase();
    const kind = kindOf(host);
    const path = parsed.pathname.replace(/\/+$/, "");
    const anchor = "2024-01-01T00:00:00Z";
    const entry: IssuerEntry = {
      url: `https://${host}${path}`,
      host,
      path,
      kind,
      rotation: rotation ?? { everyDays: EKS_ROTATION_DAYS, anchor },
    };
    byUrl.set(normalizeIssuerUrl(entry.url), entry);
  };
  // Every cluster's EKS issuer is served; scenario.issuers add others and override rotation.
  for (const account of scenario.accounts) {
    for (const c of account.clusters)
      add(eksIssuerUrl(c.region, c.issuerId), { everyDays: EKS_ROTATION_DAYS, anchor: c.createdAt });
  }
  for (const i of scenario.issuers) {
    const existing = byUrl.get(normalizeIssuerUrl(i.url));
    add(i.url, i.rotation ?? existing?.rotation);
  }
  return {
    hosts: () => [...new Set([...byUrl.values()].map((e) => e.host))].sort(),
    entries: () => [...byUrl.values()],
    scenarioFaults: () =>
      scenario.issuers.filter((i) => i.faults?.length).map((i) => [i.url, i.faults ?? []]),
    match(host, pathname) {
      const h = host.toLowerCase();
      const candidates: [string, "discovery" | "jwks"][] = [];
      if (pathname.endsWith(DISCOVERY)) candidates.push([pathname.slice(0, -DISCOVERY.length), "discovery"]);
      for (const suffix of ["/keys", "/.well-known/jwks", "/.well-known/jwks.json"]) {
        if (pathname.endsWith(suffix)) candidates.push([pathname.slice(0, -suffix.length), "jwks"]);
      }
      for (const [path, document] of candidates) {
        const issuer = byUrl.get(normalizeIssuerUrl(`https://${h}${path}`));
        if (issuer && (document === "discovery" || pathname.endsWith(jwksPath(issuer.kind))))
          return { issuer, document };
      }
      return undefined;
    },
  };
}
