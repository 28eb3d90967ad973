import { X509Certificate } from "node:crypto";
import { rootCertificates } from "node:tls";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestPki } from "./test-fixtures/pki";
import { isAnchoredInPublicRoots, sha1Thumbprint, topIntermediate } from "./tls-chain";

let root: X509Certificate;
let intermediate: X509Certificate;
let leaf: X509Certificate;

beforeAll(() => {
  const pki = createTestPki();
  const [leafPem] =
    pki.chainPem(["issuer.test"]).match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ??
    [];
  root = new X509Certificate(pki.rootPem);
  intermediate = new X509Certificate(pki.intermediatePem);
  leaf = new X509Certificate(leafPem ?? "");
});

describe("topIntermediate", () => {
  it("skips the self-signed root the trust store added", () => {
    expect(topIntermediate([leaf, intermediate, root])).toBe(intermediate);
  });

  it("takes the last certificate of a chain without its root", () => {
    expect(topIntermediate([leaf, intermediate])).toBe(intermediate);
  });

  it("uses a lone self-signed certificate itself", () => {
    expect(topIntermediate([root])).toBe(root);
  });

  it("is null for an empty chain", () => {
    expect(topIntermediate([])).toBeNull();
  });
});

describe("sha1Thumbprint", () => {
  it("is the lowercase SHA-1 hex of the DER, like X509Certificate.fingerprint", () => {
    const expected = intermediate.fingerprint.replaceAll(":", "").toLowerCase();
    expect(sha1Thumbprint(intermediate)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe("isAnchoredInPublicRoots", () => {
  it("recognises a bundled public root", () => {
    const publicRoot = new X509Certificate(rootCertificates[0] ?? "");
    expect(isAnchoredInPublicRoots([publicRoot])).toBe(true);
  });

  it("does not trust a private chain", () => {
    expect(isAnchoredInPublicRoots([leaf, intermediate, root])).toBe(false);
  });
});
