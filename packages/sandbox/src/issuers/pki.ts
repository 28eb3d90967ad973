import { createHash, randomBytes, X509Certificate } from "node:crypto";
import forge from "node-forge";
import { type RsaKey, rsaKeyPool, TLS_KEY_SLOTS } from "./keys";

type CaPair = { cert: forge.pki.Certificate; pem: string; key: forge.pki.rsa.PrivateKey };

export type Pki = {
  /** The root the scanner must trust. */
  rootPem: string;
  intermediatePem: string;
  untrustedRootPem: string;
  untrustedIntermediatePem: string;
  leafKeyPem: string;
  /** PEM chain leaf + intermediate (what the server sends), for the given SANs. */
  chainFor(hosts: string[], variant: "valid" | "expired" | "untrusted"): string;
};

const DAY = 86_400_000;

function toForge(key: RsaKey) {
  return {
    privateKey: forge.pki.privateKeyFromPem(key.privateKeyPem) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(key.publicKeyPem) as forge.pki.rsa.PublicKey,
  };
}

function makeCert(opts: {
  subject: string;
  publicKey: forge.pki.rsa.PublicKey;
  issuer?: CaPair;
  selfKey?: forge.pki.rsa.PrivateKey;
  isCa: boolean;
  hosts?: string[];
  notBefore: Date;
  notAfter: Date;
}): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = opts.publicKey;
  // A positive serial: DER INTEGERs with the top bit set would read as negative.
  cert.serialNumber = `01${randomBytes(15).toString("hex")}`;
  cert.validity.notBefore = opts.notBefore;
  cert.validity.notAfter = opts.notAfter;
  const subject = [
    { name: "commonName", value: opts.subject },
    { name: "organizationName", value: "Trustwatch Sandbox" },
  ];
  cert.setSubject(subject);
  cert.setIssuer(opts.issuer ? opts.issuer.cert.subject.attributes : subject);
  const extensions: object[] = opts.isCa
    ? [
        { name: "basicConstraints", cA: true, critical: true },
        { name: "keyUsage", keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
      ]
    : [
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
        { name: "extKeyUsage", serverAuth: true },
        { name: "subjectAltName", altNames: (opts.hosts ?? []).map((value) => ({ type: 2, value })) },
      ];
  extensions.push({ name: "subjectKeyIdentifier" });
  cert.setExtensions(extensions);
  const signer = opts.issuer?.key ?? opts.selfKey;
  if (!signer) throw new Error("certificate needs a signing key");
  cert.sign(signer, forge.md.sha256.create());
  return cert;
}

function caPair(cert: forge.pki.Certificate, key: forge.pki.rsa.PrivateKey): CaPair {
  return { cert, key, pem: forge.pki.certificateToPem(cert) };
}

let cached: Promise<Pki> | undefined;

/** root → intermediate → leaf, plus an unrelated (untrusted) root → intermediate; once per process. */
export function loadPki(): Promise<Pki> {
  cached ??= rsaKeyPool().then((pool) => buildPki(pool));
  return cached;
}

function buildPki(pool: RsaKey[]): Pki {
  const key = (slot: number) => {
    const k = pool[slot];
    if (!k) throw new Error(`missing key slot ${slot}`);
    return toForge(k);
  };
  const now = Date.now();
  const caValidity = { notBefore: new Date(now - 365 * DAY), notAfter: new Date(now + 10 * 365 * DAY) };
  const chain = (rootName: string, rootSlot: number, intName: string, intSlot: number) => {
    const r = key(rootSlot);
    const root = caPair(
      makeCert({
        subject: rootName,
        publicKey: r.publicKey,
        selfKey: r.privateKey,
        isCa: true,
        ...caValidity,
      }),
      r.privateKey,
    );
    const i = key(intSlot);
    const intermediate = caPair(
      makeCert({ subject: intName, publicKey: i.publicKey, issuer: root, isCa: true, ...caValidity }),
      i.privateKey,
    );
    return { root, intermediate };
  };
  const trusted = chain(
    "Trustwatch Sandbox Root CA",
    TLS_KEY_SLOTS.root,
    "Trustwatch Sandbox Issuing CA 1",
    TLS_KEY_SLOTS.intermediate,
  );
  const untrusted = chain(
    "Untrusted Sandbox Root CA",
    TLS_KEY_SLOTS.untrustedRoot,
    "Untrusted Issuing CA",
    TLS_KEY_SLOTS.untrustedIntermediate,
  );
  const leaf = key(TLS_KEY_SLOTS.leaf);
  const leafKeyPem = pool[TLS_KEY_SLOTS.leaf]?.privateKeyPem ?? "";
  return {
    rootPem: trusted.root.pem,
    intermediatePem: trusted.intermediate.pem,
    untrustedRootPem: untrusted.root.pem,
    untrustedIntermediatePem: untrusted.intermediate.pem,
    leafKeyPem,
    chainFor(hosts, variant) {
      const issuer = variant === "untrusted" ? untrusted.intermediate : trusted.intermediate;
      const t = Date.now();
      const validity =
        variant === "expired"
          ? { notBefore: new Date(t - 400 * DAY), notAfter: new Date(t - 30 * DAY) }
          : { notBefore: new Date(t - DAY), notAfter: new Date(t + 397 * DAY) };
      const cert = makeCert({
        subject: hosts[0] ?? "localhost",
        publicKey: leaf.publicKey,
        issuer,
        isCa: false,
        hosts,
        ...validity,
      });
      return forge.pki.certificateToPem(cert) + issuer.pem;
    },
  };
}

/**
 * IAM's thumbprint: SHA-1 (lower-case hex) of the DER of the top intermediate CA certificate, i.e. the last
 * certificate of the chain the server sends ("Obtain the thumbprint for an OpenID Connect identity provider").
 */
export function thumbprintOf(certPem: string): string {
  return createHash("sha1").update(new X509Certificate(certPem).raw).digest("hex");
}

/** Thumbprint of the last certificate of a PEM chain (or of an array of PEM/DER certificates). */
export function topIntermediateThumbprint(chain: string | (string | Buffer)[]): string {
  const certs =
    typeof chain === "string"
      ? (chain.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [])
      : chain;
  const last = certs[certs.length - 1];
  if (last === undefined) throw new Error("empty certificate chain");
  const der = typeof last === "string" ? new X509Certificate(last).raw : last;
  return createHash("sha1").update(der).digest("hex");
}
