import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../sandbox";
import { DEMO_ISSUERS, demoScenario } from "../scenarios/demo";
import { issuerGet } from "../testing/issuer-get";
import { topIntermediateThumbprint } from "./pki";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ scenario: demoScenario, now: new Date("2025-06-02T00:00:00Z") });
});
afterEach(() => sandbox.clock.set(new Date("2025-06-02T00:00:00Z")));
afterAll(() => sandbox.close());

const hostOf = (url: string) => new URL(url).hostname;
const kids = async (jwksUrl: string) =>
  (JSON.parse((await issuerGet(sandbox, jwksUrl)).body) as { keys: { kid: string }[] }).keys.map(
    (k) => k.kid,
  );

describe("HTTPS OIDC issuers", () => {
  it("serves EKS discovery and JWKS on one port, trusted via the sandbox CA", async () => {
    const discovery = await issuerGet(sandbox, `${DEMO_ISSUERS.prodUse1}/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);
    const doc = JSON.parse(discovery.body);
    expect(doc).toMatchObject({
      issuer: DEMO_ISSUERS.prodUse1,
      jwks_uri: `${DEMO_ISSUERS.prodUse1}/keys`,
      response_types_supported: ["id_token"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      claims_supported: ["sub", "iss"],
    });
    const jwks = JSON.parse((await issuerGet(sandbox, doc.jwks_uri)).body);
    expect(jwks.keys.length).toBeGreaterThanOrEqual(2);
    expect(jwks.keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", e: "AQAB" });
    expect(jwks.keys[0].n.length).toBeGreaterThan(300);
    expect(sandbox.issuerHosts).toContain("token.actions.githubusercontent.com");
    const gh = JSON.parse(
      (await issuerGet(sandbox, `${DEMO_ISSUERS.github}/.well-known/openid-configuration`)).body,
    );
    expect(gh.jwks_uri).toBe(`${DEMO_ISSUERS.github}/.well-known/jwks`);
  });

  it("sends leaf + intermediate; the top intermediate's SHA-1 is the expected thumbprint", async () => {
    const host = hostOf(DEMO_ISSUERS.prodUse1);
    const { chain } = await issuerGet(sandbox, `${DEMO_ISSUERS.prodUse1}/keys`);
    expect(chain).toHaveLength(2);
    const thumbprint = topIntermediateThumbprint(chain.map((c) => c.raw));
    expect(thumbprint).toMatch(/^[0-9a-f]{40}$/);
    expect(thumbprint).toBe(sandbox.expectedThumbprint(host));
    expect(
      sandbox.state
        .account("111111111111")
        ?.providers.get(
          `arn:aws:iam::111111111111:oidc-provider/${host}/id/${DEMO_ISSUERS.prodUse1.split("/id/")[1]}`,
        )?.thumbprints,
    ).toEqual([thumbprint]);
  });

  it("rotates EKS keys every 7 days and keeps the previous key", async () => {
    const url = `${DEMO_ISSUERS.prodUse1}/keys`;
    sandbox.clock.set(new Date("2025-06-03T12:00:00Z"));
    const before = await kids(url);
    sandbox.clock.advance(7 * 86_400_000);
    const after = await kids(url);
    expect(after[0]).not.toBe(before[0]);
    expect(after).toContain(before[0]);
    sandbox.clock.advance(14 * 86_400_000);
    expect(await kids(url)).not.toContain(before[0]);
  });

  it("keeps a stale issuer's single key for weeks", async () => {
    const url = `${DEMO_ISSUERS.stagingEuw1}/keys`;
    const before = await kids(url);
    sandbox.clock.advance(21 * 86_400_000);
    expect(await kids(url)).toEqual(before);
    expect(before).toHaveLength(1);
  });

  it("injects the scenario's issuer faults", async () => {
    expect(
      (await issuerGet(sandbox, `${DEMO_ISSUERS.legacyEuw1}/.well-known/openid-configuration`)).status,
    ).toBe(503);
    const wrong = JSON.parse(
      (await issuerGet(sandbox, `${DEMO_ISSUERS.gitlab}/.well-known/openid-configuration`)).body,
    );
    expect(wrong.issuer).not.toBe(DEMO_ISSUERS.gitlab);
    const bad = await issuerGet(sandbox, `${DEMO_ISSUERS.terraform}/.well-known/openid-configuration`);
    expect(() => JSON.parse(bad.body)).toThrow();
    const huge = await issuerGet(sandbox, `${DEMO_ISSUERS.toolsEuw1}/keys`);
    expect(huge.body.length).toBeGreaterThan(1_000_000);
    await expect(
      issuerGet(sandbox, `${DEMO_ISSUERS.ssoExpired}/.well-known/openid-configuration`),
    ).rejects.toMatchObject({ code: "CERT_HAS_EXPIRED" });
    await expect(
      issuerGet(sandbox, `${DEMO_ISSUERS.dexUntrusted}/.well-known/openid-configuration`),
    ).rejects.toMatchObject({
      code: expect.stringMatching(/UNABLE_TO_GET_ISSUER_CERT|SELF_SIGNED|UNABLE_TO_VERIFY/),
    });
    expect((await issuerGet(sandbox, `${DEMO_ISSUERS.deletedUse1}/keys`)).status).toBe(404);
  });

  it("serves an untrusted host's own chain, with its own thumbprint", async () => {
    const host = hostOf(DEMO_ISSUERS.dexUntrusted);
    const { chain, status } = await issuerGet(
      sandbox,
      `${DEMO_ISSUERS.dexUntrusted}/.well-known/openid-configuration`,
      { trust: false },
    );
    expect(status).toBe(200);
    expect(topIntermediateThumbprint(chain.map((c) => c.raw))).toBe(sandbox.expectedThumbprint(host));
    expect(sandbox.expectedThumbprint(host)).not.toBe(
      sandbox.expectedThumbprint(hostOf(DEMO_ISSUERS.prodUse1)),
    );
  });

  it("sets and clears faults at runtime", async () => {
    const url = `${DEMO_ISSUERS.prodEuw1}/.well-known/openid-configuration`;
    sandbox.faults.setIssuerFault(DEMO_ISSUERS.prodEuw1, "unreachable");
    expect((await issuerGet(sandbox, url)).status).toBe(503);
    sandbox.faults.clearIssuerFault(DEMO_ISSUERS.prodEuw1);
    expect((await issuerGet(sandbox, url)).status).toBe(200);
    sandbox.faults.setIssuerFault(DEMO_ISSUERS.prodEuw1, "expired-cert");
    await expect(issuerGet(sandbox, url)).rejects.toMatchObject({ code: "CERT_HAS_EXPIRED" });
    sandbox.faults.clearIssuerFault(DEMO_ISSUERS.prodEuw1, "expired-cert");
    expect((await issuerGet(sandbox, url)).status).toBe(200);
  });
});
