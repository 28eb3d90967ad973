import { generateKeyPairSync, randomBytes } from "node:crypto";
import forge from "node-forge";

const DAY = 86_400_000;

type Issuer = { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey };

export type TestPki = {
  rootPem: string;
  intermediatePem: string;
  leafKeyPem: string;
  /** leaf + intermediate, as a server sends it. */
  chainPem(hosts: string[], validity?: "valid" | "expired"): string;
};

function rsaKey() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
  });
  return {
    pem: privateKey,
    privateKey: forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(publicKey) as forge.pki.rsa.PublicKey,
  };
}

function certificate(opts: {
  cn: string;
  publicKey: forge.pki.rsa.PublicKey;
  signer: Issuer | { key: forge.pki.rsa.PrivateKey };
  isCa: boolean;
  hosts?: string[];
  notBefore: Date;
  notAfter: Date;
}): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = opts.publicKey;
  cert.serialNumber = `01${randomBytes(8).toString("hex")}`;
  cert.validity.notBefore = opts.notBefore;
  cert.validity.notAfter = opts.notAfter;
  const subject = [{ name: "commonName", value: opts.cn }];
  cert.setSubject(subject);
  cert.setIssuer("cert" in opts.signer ? opts.signer.cert.subject.attributes : subject);
  cert.setExtensions(
    opts.isCa
      ? [
          { name: "basicConstraints", cA: true, critical: true },
          { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
        ]
      : [
          { name: "basicConstraints", cA: false },
          { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
          { name: "extKeyUsage", serverAuth: true },
          { name: "subjectAltName", altNames: (opts.hosts ?? []).map((value) => ({ type: 2, value })) },
        ],
  );
  cert.sign(opts.signer.key, forge.md.sha256.create());
  return cert;
}

/** root -> intermediate -> leaf, for local HTTPS fixtures the probe trusts through extraCaPem. */
export function createTestPki(): TestPki {
  const now = Date.now();
  const caValidity = { notBefore: new Date(now - DAY), notAfter: new Date(now + 365 * DAY) };
  const rootKey = rsaKey();
  const root = certificate({
    cn: "Probe Test Root",
    publicKey: rootKey.publicKey,
    signer: { key: rootKey.privateKey },
    isCa: true,
    ...caValidity,
  });
  const intKey = rsaKey();
  const intermediate = certificate({
    cn: "Probe Test Intermediate",
    publicKey: intKey.publicKey,
    signer: { cert: root, key: rootKey.privateKey },
    isCa: true,
    ...caValidity,
  });
  const leafKey = rsaKey();
  const intermediatePem = forge.pki.certificateToPem(intermediate);
  return {
    rootPem: forge.pki.certificateToPem(root),
    intermediatePem,
    leafKeyPem: leafKey.pem,
    chainPem(hosts, validity = "valid") {
      const dates =
        validity === "expired"
          ? { notBefore: new Date(now - 60 * DAY), notAfter: new Date(now - DAY) }
          : { notBefore: new Date(now - DAY), notAfter: new Date(now + 30 * DAY) };
      const leaf = certificate({
        cn: hosts[0] ?? "localhost",
        publicKey: leafKey.publicKey,
        signer: { cert: intermediate, key: intKey.privateKey },
        isCa: false,
        hosts,
        ...dates,
      });
      return forge.pki.certificateToPem(leaf) + intermediatePem;
    },
  };
}
