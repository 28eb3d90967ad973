import type { IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { SecureContext, TLSSocket } from "node:tls";
import { type AddressPolicy, assertAddressAllowed } from "./guarded-lookup";
import { isJsonContentType, type JsonObject, parseJsonObject } from "./json-body";
import { ProbeError, toProbeError } from "./probe-error";
import { connectTarget } from "./resolve-map";
import { secureContextWithExtraCa } from "./secure-context";
import { summarizePeerChain, type TlsChainInfo } from "./tls-chain";

export type FetchJsonOptions = {
  resolve: Record<string, string> | undefined;
  extraCaPem: string | undefined;
  /** The same policy as inside `lookup`, for IP-literal hosts. */
  isBlocked: AddressPolicy;
  lookup: LookupFunction;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  now: () => Date;
  /** Called once with the chain of the first hop (the URL asked for, not a redirect target). */
  onFirstHopTls?: (info: TlsChainInfo) => void;
  /** Keep-alive pool shared by one probe run (see createProbeAgent); without it, one connection per request. */
  agent?: https.Agent;
};

type Hop = { kind: "redirect"; location: string } | { kind: "body"; body: Buffer };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Sockets whose verified handshake this module saw. A pooled socket handed out again emits no
 * second secureConnect, so its chain is inspected as soon as the request gets it.
 */
const handshaken = new WeakSet<object>();

/**
 * A keep-alive pool for one probe run. Every EKS issuer of a region is a path on one host
 * (oidc.eks.<region>.amazonaws.com/id/<ID>), so thousands of probes need a handful of TLS
 * handshakes instead of two each. One pool per run and per extra CA: Node's agent does not key
 * connections by `secureContext`, so a pool must never mix trust settings. Destroy it after the run.
 */
export function createProbeAgent(maxSockets: number): https.Agent {
  return new https.Agent({
    keepAlive: true,
    maxSockets,
    maxFreeSockets: maxSockets,
    scheduling: "lifo",
    // No TLS session resumption: a resumed session carries no certificate, and every connection
    // must show the chain the probe reports (thumbprint, expiry) and checks.
    maxCachedSessions: 0,
  });
}

/**
 * GET a JSON object over https with every guard of the probe: bounded time (one budget for all hops),
 * bounded size, bounded redirects, each hop https-only and through the guarded lookup. Throws ProbeError.
 */
export async function fetchJson(url: URL, options: FetchJsonOptions): Promise<JsonObject> {
  const deadline = performance.now() + options.timeoutMs;
  let current = url;
  for (let hop = 0; ; hop++) {
    const remainingMs = deadline - performance.now();
    if (remainingMs <= 0) throw timeoutError(url, options.timeoutMs);
    const response = await requestOnce(current, options, remainingMs, hop === 0).catch((error) => {
      // A pooled connection the server closed while idle fails before any answer; Node documents
      // retrying exactly that case (request.reusedSocket) once, on a fresh connection.
      if (!(error instanceof StaleSocketError)) throw error;
      return requestOnce(current, { ...options, agent: undefined }, deadline - performance.now(), hop === 0);
    });
    if (response.kind === "body") return parseJsonObject(response.body, current);
    if (hop >= options.maxRedirects) {
      throw new ProbeError("http-status", `${url.href}: more than ${options.maxRedirects} redirects`);
    }
    current = redirectTarget(current, response.location);
  }
}

export function redirectTarget(from: URL, location: string): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new ProbeError("invalid-url", `${from.href} redirects to an invalid URL: ${location}`);
  }
  if (target.protocol !== "https:") {
    throw new ProbeError("not-https", `${from.href} redirects to ${target.href}, which is not https`);
  }
  if (target.username || target.password) {
    throw new ProbeError("invalid-url", `${from.href} redirects to a URL with credentials`);
  }
  return target;
}

function requestOnce(url: URL, options: FetchJsonOptions, remainingMs: number, isFirstHop: boolean) {
  return new Promise<Hop>((resolve, reject) => {
    const { hostname, isLiteral, port, servername } = connectTarget(url, options.resolve);
    try {
      // Node skips `lookup` for IP literals, so the guard runs here for them.
      if (isLiteral) assertAddressAllowed(hostname, options.isBlocked);
    } catch (error) {
      reject(error);
      return;
    }
    let settled = false;
    let answered = false;
    /** `keepSocket`: the body was read to its end, so a pooled socket may serve the next request. */
    const settle = (action: () => void, keepSocket = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      if (!keepSocket || !options.agent) request.destroy();
    };
    const fail = (error: unknown) =>
      settle(() =>
        reject(
          request.reusedSocket && !answered && errorCodeOf(error) === "ECONNRESET"
            ? new StaleSocketError()
            : toProbeError(error, url.href),
        ),
      );

    const requestOptions: https.RequestOptions & { secureContext?: SecureContext } = {
      method: "GET",
      host: hostname,
      port,
      path: `${url.pathname}${url.search}`,
      // Host names the URL's host even when `resolve` sends the connection elsewhere.
      headers: { host: url.host, accept: "application/json", "user-agent": "trustwatch-issuer-probe" },
      servername,
      lookup: options.lookup,
      secureContext: secureContextWithExtraCa(options.extraCaPem),
      rejectUnauthorized: true,
      agent: options.agent ?? false,
    };
    // `secureContext` is passed through to tls.connect (not in https' typings).
    const request = https.request(requestOptions);
    const timer = setTimeout(() => fail(timeoutError(url, options.timeoutMs)), remainingMs);

    request.once("socket", (socket) => {
      const inspect = () => {
        const problem = inspectChain(url, socket as TLSSocket, options, isFirstHop);
        if (problem) fail(problem);
      };
      if (handshaken.has(socket)) inspect();
      // Only emitted once the chain and the host name verified (rejectUnauthorized).
      else
        socket.once("secureConnect", () => {
          handshaken.add(socket);
          inspect();
        });
    });
    request.once("response", (response) => {
      answered = true;
      const verdict = inspectHead(url, response, options.maxBytes);
      if (verdict instanceof ProbeError) fail(verdict);
      else if (verdict) settle(() => resolve({ kind: "redirect", location: verdict.location }));
      else
        readBody(url, response, options.maxBytes, fail, (body) =>
          settle(() => resolve({ kind: "body", body }), true),
        );
    });
    request.on("error", fail);
    request.end();
  });
}

/** Records the first hop's chain; the leaf must be valid at the injected clock's now. */
function inspectChain(
  url: URL,
  socket: TLSSocket,
  options: FetchJsonOptions,
  isFirstHop: boolean,
): ProbeError | null {
  const info = summarizePeerChain(socket, { verified: true, extraCa: Boolean(options.extraCaPem) });
  if (!info) return new ProbeError("tls-untrusted", `${url.href} presented no certificate`);
  if (isFirstHop) options.onFirstHopTls?.(info);
  const now = options.now();
  if (info.leafExpiresAt.getTime() > now.getTime() && info.leafNotBefore.getTime() <= now.getTime())
    return null;
  return new ProbeError(
    "tls-expired",
    `TLS certificate of ${url.href} is not valid at ${now.toISOString()} ` +
      `(valid ${info.leafNotBefore.toISOString()} to ${info.leafExpiresAt.toISOString()})`,
  );
}

/** A redirect to follow, a failure, or null when the body should be read. */
function inspectHead(
  url: URL,
  response: IncomingMessage,
  maxBytes: number,
): ProbeError | { location: string } | null {
  const status = response.statusCode ?? 0;
  const location = response.headers.location;
  if (REDIRECTS.has(status) && location) return { location };
  if (status < 200 || status > 299)
    return new ProbeError("http-status", `${url.href} answered HTTP ${status}`);
  const contentType = response.headers["content-type"] ?? "";
  if (!isJsonContentType(contentType)) {
    return new ProbeError("bad-content-type", `${url.href} answered ${contentType}, expected JSON`);
  }
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(url, maxBytes);
  return null;
}

/** Stops reading as soon as the body passes maxBytes (Content-Length may be absent or lie). */
function readBody(
  url: URL,
  response: IncomingMessage,
  maxBytes: number,
  fail: (error: unknown) => void,
  done: (body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  response.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) fail(tooLarge(url, maxBytes));
    else chunks.push(chunk);
  });
  response.once("end", () => done(Buffer.concat(chunks)));
  response.on("error", fail);
  response.once("close", () => {
    if (!response.complete) fail(new ProbeError("connect", `${url.href} closed the connection mid-body`));
  });
}

function tooLarge(url: URL, maxBytes: number): ProbeError {
  return new ProbeError("too-large", `${url.href} answered more than ${maxBytes} bytes`);
}

function timeoutError(url: URL, timeoutMs: number): ProbeError {
  return new ProbeError("timeout", `${url.href} did not answer completely within ${timeoutMs} ms`);
}

/** A pooled connection that turned out closed: retried once on a new connection by fetchJson. */
class StaleSocketError extends Error {}

function errorCodeOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}
