import { type FetchJsonOptions, fetchJson } from "./fetch-json";
import { addressPolicy, createGuardedLookup } from "./guarded-lookup";
import { discoveryUrlFor, normalizeIssuerForComparison, parseIssuerUrl } from "./issuer-url";
import type { JsonObject } from "./json-body";
import { extractKeyIds } from "./jwks";
import { ProbeError, toProbeError } from "./probe-error";
import { connectTarget } from "./resolve-map";
import { captureTlsChain, type TlsChainInfo } from "./tls-chain";
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  type IssuerProbeOptions,
  type IssuerProbeResult,
} from "./types";

/**
 * Probes an OIDC issuer: discovery document, its JWKS, and the TLS chain of the issuer host (the
 * thumbprint IAM expects). Never throws: every failure is an errorCode and a message in the result.
 */
export async function probeIssuer(url: string, options: IssuerProbeOptions): Promise<IssuerProbeResult> {
  const result: IssuerProbeResult = {
    url,
    reachable: false,
    error: null,
    errorCode: null,
    discovery: null,
    discoveryIssuer: null,
    jwksUri: null,
    keyIds: [],
    topIntermediateThumbprint: null,
    certificateExpiresAt: null,
    trustedByPublicCa: false,
    probedAt: options.now(),
  };
  const recordTls = (info: TlsChainInfo) => {
    result.topIntermediateThumbprint = info.topIntermediateThumbprint;
    result.certificateExpiresAt = info.leafExpiresAt;
    result.trustedByPublicCa = info.trustedByPublicCa;
  };
  const isBlocked = addressPolicy(options.allowPrivateAddresses);
  const settings: FetchJsonOptions = {
    resolve: options.resolve,
    extraCaPem: options.extraCaPem,
    isBlocked,
    lookup: createGuardedLookup({ resolve: options.resolve, isBlocked }),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    now: options.now,
    agent: options.agent,
  };

  let issuer: URL | undefined;
  try {
    issuer = parseIssuerUrl(url);
    const discovery = await fetchJson(discoveryUrlFor(issuer), { ...settings, onFirstHopTls: recordTls });
    result.reachable = true;
    result.discovery = discovery;
    const jwksUri = readDiscovery(discovery, url, result);
    result.keyIds = extractKeyIds(await fetchJson(jwksUri, settings), jwksUri.href);
  } catch (error) {
    const failure = toProbeError(error, url);
    result.error = failure.message;
    result.errorCode = failure.code;
    if (issuer && failure.code.startsWith("tls-") && result.topIntermediateThumbprint === null) {
      await recordFailedChain(issuer, settings, recordTls);
    }
  }
  return result;
}

/** Validates the discovery document, fills discoveryIssuer and jwksUri, and returns the JWKS URL. */
function readDiscovery(discovery: JsonObject, url: string, result: IssuerProbeResult): URL {
  const { issuer, jwks_uri: jwksUri } = discovery;
  if (typeof issuer !== "string" || issuer === "") {
    throw new ProbeError("bad-discovery", `discovery document of ${url} has no issuer`);
  }
  result.discoveryIssuer = issuer;
  result.jwksUri = typeof jwksUri === "string" && jwksUri !== "" ? jwksUri : null;
  // OpenID Connect Discovery 1.0 section 4.3: the issuer in the document must be the URL probed;
  // tokens carry this value as iss, so a mismatch makes IRSA token validation fail.
  if (normalizeIssuerForComparison(issuer) !== normalizeIssuerForComparison(url)) {
    throw new ProbeError("issuer-mismatch", `discovery issuer ${issuer} does not match ${url}`);
  }
  if (typeof jwksUri !== "string" || jwksUri === "") {
    throw new ProbeError("bad-discovery", `discovery document of ${url} has no jwks_uri`);
  }
  let parsed: URL;
  try {
    parsed = new URL(jwksUri);
  } catch {
    throw new ProbeError("bad-discovery", `discovery document of ${url} has an invalid jwks_uri ${jwksUri}`);
  }
  if (parsed.protocol !== "https:") {
    throw new ProbeError("bad-discovery", `jwks_uri ${jwksUri} of ${url} is not https`);
  }
  if (parsed.username || parsed.password) {
    throw new ProbeError("bad-discovery", `jwks_uri of ${url} contains credentials`);
  }
  return parsed;
}

/** After a certificate failure, still report the chain the issuer host presents (never trusted). */
async function recordFailedChain(
  issuer: URL,
  settings: FetchJsonOptions,
  record: (info: TlsChainInfo) => void,
): Promise<void> {
  const target = connectTarget(issuer, settings.resolve);
  const info = await captureTlsChain({
    host: target.hostname,
    port: target.port,
    servername: target.servername,
    lookup: settings.lookup,
    timeoutMs: settings.timeoutMs,
  });
  if (info) record(info);
}
