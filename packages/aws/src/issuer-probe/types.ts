import type { Agent } from "node:https";

export type IssuerProbeErrorCode =
  | "invalid-url"
  | "not-https"
  | "blocked-address"
  | "dns"
  | "connect"
  | "timeout"
  | "tls-untrusted"
  | "tls-expired"
  | "tls-hostname"
  | "http-status"
  | "too-large"
  | "bad-content-type"
  | "bad-json"
  | "bad-discovery"
  | "issuer-mismatch"
  | "jwks";

export type IssuerProbeOptions = {
  /** host -> "ip:port", like curl --resolve (the local sandbox). The address guard still applies. */
  resolve?: Record<string, string>;
  /** An extra trusted root (PEM), trusted in addition to Node's default roots. */
  extraCaPem?: string;
  /** Default false: loopback, private, link-local, CGNAT, multicast... addresses are refused. */
  allowPrivateAddresses?: boolean;
  /** Budget per request (discovery, then JWKS), redirects included. Default 5000. */
  timeoutMs?: number;
  /** Per response body. Default 512 KiB. */
  maxBytes?: number;
  /** Default 3; every hop must be https and passes the address guard again. */
  maxRedirects?: number;
  /** Injected clock: probedAt and the leaf certificate validity check. */
  now: () => Date;
  /** Keep-alive pool for a run of probes with these same options (createProbeAgent). */
  agent?: Agent;
};

export type IssuerProbeResult = {
  url: string;
  /** The discovery document came back as a JSON object (even if its issuer does not match). */
  reachable: boolean;
  error: string | null;
  errorCode: IssuerProbeErrorCode | null;
  discovery: Record<string, unknown> | null;
  discoveryIssuer: string | null;
  jwksUri: string | null;
  /** kids from the JWKS; a key without kid is named by its RFC 7638 thumbprint ("jkt:..."). */
  keyIds: string[];
  /** Lowercase SHA-1 hex of the DER of the top intermediate CA, as IAM computes it. */
  topIntermediateThumbprint: string | null;
  certificateExpiresAt: Date | null;
  /** The chain validates against Node's default public roots (without extraCaPem). */
  trustedByPublicCa: boolean;
  probedAt: Date;
};

export const DEFAULT_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_BYTES = 512 * 1024;
export const DEFAULT_MAX_REDIRECTS = 3;
/** JWKS with more keys than this are reported as a jwks error (EKS serves one or two). */
export const MAX_JWKS_KEYS = 100;
