import { createHash, X509Certificate } from "node:crypto";
import type { LookupFunction } from "node:net";
import tls, { type DetailedPeerCertificate } from "node:tls";

export type TlsChainInfo = {
  /** Lowercase SHA-1 hex of the top intermediate's DER: the thumbprint IAM expects. */
  topIntermediateThumbprint: string;
  leafNotBefore: Date;
  leafExpiresAt: Date;
  /** The chain leads to one of Node's default public roots (tls.rootCertificates). */
  trustedByPublicCa: boolean;
};

/**
 * Follows issuerCertificate links from the leaf. Node ends a complete chain with a root whose
 * issuerCertificate is itself; an incomplete one just stops. Fingerprints guard against cycles.
 */
export function peerChain(leaf: DetailedPeerCertificate): X509Certificate[] {
  const chain: X509Certificate[] = [];
  const seen = new Set<string>();
  let cert: DetailedPeerCertificate | undefined = leaf;
  while (cert?.raw && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    chain.push(new X509Certificate(cert.raw));
    cert = cert.issuerCertificate;
  }
  return chain;
}

function isSelfSigned(cert: X509Certificate): boolean {
  try {
    return cert.checkIssued(cert) && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}

/**
 * AWS "Obtain the thumbprint for an OpenID Connect identity provider": the thumbprint is the SHA-1 of
 * the top intermediate CA, the last certificate the server presents. Roots the server does not send
 * (Node adds them from the trust store) are self-signed and skipped; a lone self-signed leaf is its own.
 */
export function topIntermediate(chain: readonly X509Certificate[]): X509Certificate | null {
  const notSelfSigned = chain.filter((cert) => !isSelfSigned(cert));
  return notSelfSigned.at(-1) ?? chain[0] ?? null;
}

export function sha1Thumbprint(cert: X509Certificate): string {
  return createHash("sha1").update(cert.raw).digest("hex");
}

let publicRoots: X509Certificate[] | undefined;

function loadPublicRoots(): X509Certificate[] {
  publicRoots ??= tls.rootCertificates.map((pem) => new X509Certificate(pem));
  return publicRoots;
}

/** Whether the (already verified) chain ends at one of Node's bundled public roots. */
let publicRootFingerprints: Set<string> | undefined;

export function isAnchoredInPublicRoots(chain: readonly X509Certificate[]): boolean {
  const roots = loadPublicRoots();
  publicRootFingerprints ??= new Set(roots.map((root) => root.fingerprint256));
  const fingerprints = publicRootFingerprints;
  if (chain.some((cert) => fingerprints.has(cert.fingerprint256))) return true;
  const top = chain.at(-1);
  if (!top) return false;
  return roots.some((root) => {
    try {
      return top.checkIssued(root) && top.verify(root.publicKey);
    } catch {
      return false;
    }
  });
}

/**
 * Summarises the peer chain. `verifiedWithDefaultRoots` is true when the connection was verified
 * against Node's default roots only; with an extra CA the anchor decides public trust.
 */
export function summarizeChain(
  leaf: DetailedPeerCertificate,
  trust: { verified: boolean; extraCa: boolean },
): TlsChainInfo | null {
  const chain = peerChain(leaf);
  const first = chain[0];
  const top = topIntermediate(chain);
  if (!first || !top) return null;
  return {
    topIntermediateThumbprint: sha1Thumbprint(top),
    leafNotBefore: new Date(first.validFrom),
    leafExpiresAt: new Date(first.validTo),
    trustedByPublicCa: trust.verified && (!trust.extraCa || isAnchoredInPublicRoots(chain)),
  };
}

const MAX_CACHED_CHAINS = 2_048;
const chainCache = new Map<string, TlsChainInfo | null>();

/**
 * summarizeChain for a connected socket, cached by the leaf's fingerprint: every issuer behind
 * one host (all EKS clusters of a region) presents the same chain, and building the detailed
 * chain costs ~1.5 ms of CPU per connection (X.509 parsing, issuer checks) — most of a probe.
 */
export function summarizePeerChain(
  socket: tls.TLSSocket,
  trust: { verified: boolean; extraCa: boolean },
): TlsChainInfo | null {
  const leaf = socket.getPeerCertificate(false);
  if (!leaf?.fingerprint256) return null;
  const key = `${leaf.fingerprint256}|${trust.verified}|${trust.extraCa}`;
  if (chainCache.has(key)) return chainCache.get(key) ?? null;
  const info = summarizeChain(socket.getPeerCertificate(true), trust);
  if (chainCache.size >= MAX_CACHED_CHAINS) chainCache.clear();
  chainCache.set(key, info);
  return info;
}

export type CaptureTarget = {
  host: string;
  port: number;
  servername: string | undefined;
  lookup: LookupFunction;
  timeoutMs: number;
};

/**
 * A handshake that sends nothing, only to read the chain of a host whose certificate failed
 * verification (expired, untrusted, wrong name), so the thumbprint and expiry can still be reported.
 * Goes through the same guarded lookup as the request. Resolves null on any failure.
 */
export function captureTlsChain(target: CaptureTarget): Promise<TlsChainInfo | null> {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: target.host,
      port: target.port,
      servername: target.servername,
      lookup: target.lookup,
      rejectUnauthorized: false,
    });
    const done = (info: TlsChainInfo | null) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(info);
    };
    const timer = setTimeout(() => done(null), target.timeoutMs);
    socket.once("secureConnect", () => {
      try {
        done(summarizeChain(socket.getPeerCertificate(true), { verified: false, extraCa: false }));
      } catch {
        done(null);
      }
    });
    socket.on("error", () => done(null));
  });
}
