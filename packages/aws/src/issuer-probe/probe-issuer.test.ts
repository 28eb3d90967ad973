import {
  DEMO_ISSUERS,
  demoScenario,
  issuerResolveMap,
  type Sandbox,
  startSandbox,
} from "@trustwatch/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeIssuer } from "./probe-issuer";
import { parseResolveMap } from "./resolve-map";
import type { IssuerProbeOptions } from "./types";

let sandbox: Sandbox;
let options: IssuerProbeOptions;

beforeAll(async () => {
  sandbox = await startSandbox({ scenario: demoScenario });
  options = {
    resolve: parseResolveMap(issuerResolveMap(sandbox)),
    extraCaPem: sandbox.caCertPem,
    // The sandbox's issuers live on loopback.
    allowPrivateAddresses: true,
    timeoutMs: 3_000,
    now: () => sandbox.clock.now(),
  };
});

afterAll(() => sandbox.close());

const hostOf = (url: string) => new URL(url).hostname;

describe("probeIssuer against the sandbox", () => {
  it("probes a healthy EKS issuer: discovery, keys, and the thumbprint IAM expects", async () => {
    const url = DEMO_ISSUERS.prodUse1;
    const result = await probeIssuer(url, options);
    expect(result).toMatchObject({
      url,
      reachable: true,
      error: null,
      errorCode: null,
      discoveryIssuer: url,
      jwksUri: `${url}/keys`,
      topIntermediateThumbprint: sandbox.expectedThumbprint(hostOf(url)),
      trustedByPublicCa: false,
    });
    expect(result.topIntermediateThumbprint).toMatch(/^[0-9a-f]{40}$/);
    expect(result.keyIds.length).toBeGreaterThan(0);
    expect(result.certificateExpiresAt?.getTime()).toBeGreaterThan(Date.now());
    expect(result.discovery).toMatchObject({ issuer: url });
  });

  it("accepts an issuer URL with a trailing slash", async () => {
    const result = await probeIssuer(`${DEMO_ISSUERS.github}/`, options);
    expect(result).toMatchObject({ reachable: true, errorCode: null });
  });

  it("refuses the sandbox's loopback address without allowPrivateAddresses", async () => {
    const result = await probeIssuer(DEMO_ISSUERS.prodUse1, { ...options, allowPrivateAddresses: false });
    expect(result).toMatchObject({ reachable: false, errorCode: "blocked-address" });
  });

  it("refuses an IP-literal issuer on loopback", async () => {
    const result = await probeIssuer(`https://${sandbox.issuerAddress}`, {
      ...options,
      allowPrivateAddresses: false,
    });
    expect(result).toMatchObject({ reachable: false, errorCode: "blocked-address" });
  });

  it("refuses a host that resolves to the instance metadata address", async () => {
    const result = await probeIssuer("https://oidc.eks.us-east-1.amazonaws.com/id/ABC", {
      ...options,
      allowPrivateAddresses: false,
      resolve: { "oidc.eks.us-east-1.amazonaws.com": "169.254.169.254:443" },
    });
    expect(result).toMatchObject({ reachable: false, errorCode: "blocked-address" });
    expect(result.error).toContain("169.254.169.254");
  });

  it("reports an issuer mismatch as reachable", async () => {
    const result = await probeIssuer(DEMO_ISSUERS.gitlab, options);
    expect(result).toMatchObject({ reachable: true, errorCode: "issuer-mismatch" });
    expect(result.discoveryIssuer).toBe("https://issuer.example.invalid");
    expect(result.error).toBe(
      `discovery issuer https://issuer.example.invalid does not match ${DEMO_ISSUERS.gitlab}`,
    );
  });

  it("reports a discovery document that is not JSON", async () => {
    const result = await probeIssuer(DEMO_ISSUERS.terraform, options);
    expect(result).toMatchObject({ reachable: false, errorCode: "bad-json" });
  });

  it("reports an issuer answering 503", async () => {
    const result = await probeIssuer(DEMO_ISSUERS.legacyEuw1, options);
    expect(result).toMatchObject({ reachable: false, errorCode: "http-status" });
    expect(result.error).toContain("503");
  });

  it("stops reading a JWKS larger than maxBytes", async () => {
    const result = await probeIssuer(DEMO_ISSUERS.toolsEuw1, options);
    expect(result).toMatchObject({ reachable: true, errorCode: "too-large", keyIds: [] });
  });

  it("reports an expired certificate with its expiry and thumbprint", async () => {
    const url = DEMO_ISSUERS.ssoExpired;
    const result = await probeIssuer(url, options);
    expect(result).toMatchObject({
      reachable: false,
      errorCode: "tls-expired",
      topIntermediateThumbprint: sandbox.expectedThumbprint(hostOf(url)),
      trustedByPublicCa: false,
    });
    expect(result.certificateExpiresAt?.getTime()).toBeLessThan(Date.now());
  });

  it("reports a chain from an untrusted root, with the thumbprint it presents", async () => {
    const url = DEMO_ISSUERS.dexUntrusted;
    const result = await probeIssuer(url, options);
    expect(result).toMatchObject({
      reachable: false,
      errorCode: "tls-untrusted",
      topIntermediateThumbprint: sandbox.expectedThumbprint(hostOf(url)),
    });
  });

  it("does not trust the sandbox CA without extraCaPem", async () => {
    const result = await probeIssuer(DEMO_ISSUERS.prodUse1, { ...options, extraCaPem: undefined });
    expect(result).toMatchObject({ reachable: false, errorCode: "tls-untrusted", trustedByPublicCa: false });
    expect(result.topIntermediateThumbprint).toBe(sandbox.expectedThumbprint(hostOf(DEMO_ISSUERS.prodUse1)));
  });

  it("fails a certificate that is expired by the injected clock", async () => {
    const later = new Date(Date.now() + 5 * 365 * 86_400_000);
    const result = await probeIssuer(DEMO_ISSUERS.prodUse1, { ...options, now: () => later });
    expect(result).toMatchObject({ reachable: false, errorCode: "tls-expired", probedAt: later });
  });

  it("follows a fault injected at run time", async () => {
    const url = DEMO_ISSUERS.prodEuw1;
    sandbox.faults.setIssuerFault(url, "wrong-issuer");
    try {
      expect((await probeIssuer(url, options)).errorCode).toBe("issuer-mismatch");
    } finally {
      sandbox.faults.clearIssuerFault(url, "wrong-issuer");
    }
    expect((await probeIssuer(url, options)).errorCode).toBeNull();
  });
});

describe("probeIssuer URL validation", () => {
  const now = () => new Date("2025-01-01T00:00:00Z");
  it.each([
    { url: "http://oidc.example.com", code: "not-https" },
    { url: "ftp://oidc.example.com", code: "not-https" },
    { url: "https://oidc.example.com/id/1?x=1", code: "invalid-url" },
    { url: "https://oidc.example.com/id/1?", code: "invalid-url" },
    { url: "https://oidc.example.com/id/1#frag", code: "invalid-url" },
    { url: "https://user:pass@oidc.example.com", code: "invalid-url" },
    { url: "oidc.example.com", code: "invalid-url" },
    { url: "", code: "invalid-url" },
  ])("$url → $code", async ({ url, code }) => {
    const result = await probeIssuer(url, { now });
    expect(result).toMatchObject({ url, reachable: false, errorCode: code, probedAt: now() });
    expect(result.error).toEqual(expect.any(String));
  });
});
