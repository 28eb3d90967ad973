import { createServer, type Server } from "node:https";
import { createSecureContext, type SecureContext } from "node:tls";
import type { SandboxClock } from "../clock";
import type { Faults } from "../faults";
import { type Latency, sleep } from "../latency";
import type { Metrics } from "../metrics";
import { discoveryDocument, jwksDocument } from "./documents";
import type { RsaKey } from "./keys";
import type { Pki } from "./pki";
import type { IssuerRegistry } from "./registry";
import { activeKeys } from "./rotation";

export type IssuerServerDeps = {
  pki: Pki;
  jwksKeys: readonly RsaKey[];
  registry: IssuerRegistry;
  faults: Faults;
  clock: SandboxClock;
  latency: Latency;
  metrics: Metrics;
};

type Variant = "valid" | "expired" | "untrusted";

/** Certificates are per host, so certificate faults (expired, untrusted) are chosen per SNI host name. */
export function certificateVariant(faults: Faults, host: string): Variant {
  const hostFaults = faults.hostFaults(host);
  if (hostFaults.has("untrusted-cert")) return "untrusted";
  if (hostFaults.has("expired-cert")) return "expired";
  return "valid";
}

export function createIssuerServer(deps: IssuerServerDeps): Server {
  const { pki, registry, faults } = deps;
  const known = new Set(registry.hosts());
  // One leaf whose SANs list every issuer host of the scenario; other hosts and faulty hosts get their own.
  const shared = createSecureContext({ key: pki.leafKeyPem, cert: pki.chainFor([...known], "valid") });
  const contexts = new Map<string, SecureContext>();
  const contextFor = (host: string): SecureContext => {
    const variant = certificateVariant(faults, host);
    if (variant === "valid" && known.has(host)) return shared;
    const key = `${variant}|${host}`;
    let ctx = contexts.get(key);
    if (!ctx) {
      ctx = createSecureContext({ key: pki.leafKeyPem, cert: pki.chainFor([host], variant) });
      contexts.set(key, ctx);
    }
    return ctx;
  };

  return createServer(
    {
      key: pki.leafKeyPem,
      cert: pki.chainFor([...known], "valid"),
      SNICallback: (servername, cb) => {
        try {
          cb(null, contextFor(servername.toLowerCase()));
        } catch (error) {
          cb(error as Error);
        }
      },
    },
    (req, res) => {
      const host = (req.headers.host ?? "").replace(/:\d+$/, "").toLowerCase();
      const pathname = new URL(req.url ?? "/", "https://issuer").pathname;
      const match = registry.match(host, pathname);
      void sleep(deps.latency.forIssuer()).then(() => {
        const send = (status: number, body: string, type = "application/json") => {
          res.writeHead(status, {
            "content-type": type,
            "content-length": Buffer.byteLength(body),
            "cache-control": "max-age=300",
          });
          res.end(body);
        };
        deps.metrics.record(host, "oidc", match?.document ?? "unknown", !match);
        if (!match) return send(404, "Not Found", "text/plain");
        const active = faults.issuerFaults(match.issuer.url);
        if (active.has("unreachable")) return send(503, "Service Unavailable", "text/plain");
        if (active.has("bad-json")) return send(200, '{"issuer": "https://truncated');
        if (match.document === "discovery") {
          const claim = active.has("wrong-issuer")
            ? `https://issuer.example.invalid${match.issuer.path}`
            : match.issuer.url;
          return send(200, JSON.stringify(discoveryDocument(match.issuer, claim)));
        }
        const keys = activeKeys(
          match.issuer.url,
          match.issuer.rotation,
          deps.clock.now(),
          deps.jwksKeys.length,
        );
        return send(200, JSON.stringify(jwksDocument(keys, deps.jwksKeys, active.has("huge-jwks"))));
      });
    },
  );
}
