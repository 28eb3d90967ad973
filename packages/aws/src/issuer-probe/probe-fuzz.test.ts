import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonObject } from "./json-body";
import { extractKeyIds } from "./jwks";
import { ProbeError } from "./probe-error";
import { probeIssuer } from "./probe-issuer";
import { startHttpsServer, type TestServer } from "./test-fixtures/https-server";
import { createTestPki, type TestPki } from "./test-fixtures/pki";

// Garbage from an issuer must end as a clear probe error, never as a crash of the worker.

const ISSUER = "https://issuer.test/tenant";
const URL_ = new URL(`${ISSUER}/.well-known/openid-configuration`);

const jsonish = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.from(b).toString("latin1")),
  fc.record({ keys: fc.array(fc.jsonValue(), { maxLength: 5 }) }).map((v) => JSON.stringify(v)),
  fc
    .record({
      keys: fc.array(
        fc.record({
          kid: fc.oneof(fc.string(), fc.integer()),
          kty: fc.constantFrom("RSA", "EC", "oct", "x"),
          n: fc.string(),
          e: fc.string(),
        }),
        { maxLength: 5 },
      ),
    })
    .map((v) => JSON.stringify(v)),
);

describe("issuer responses, fuzzed", () => {
  it("10,000 generated bodies: parsing and key extraction return a value or a ProbeError", () => {
    fc.assert(
      fc.property(jsonish, (body) => {
        try {
          const doc = parseJsonObject(Buffer.from(body), URL_);
          const ids = extractKeyIds(doc, "https://issuer.test/keys");
          expect(Array.isArray(ids)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ProbeError);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  describe("over HTTPS", () => {
    let pki: TestPki;
    let server: TestServer;
    let current: { status: number; contentType: string; discovery: string; jwks: string } = {
      status: 200,
      contentType: "application/json",
      discovery: "{}",
      jwks: "{}",
    };
    beforeAll(async () => {
      pki = createTestPki();
      server = await startHttpsServer(
        { key: pki.leafKeyPem, cert: pki.chainPem(["issuer.test"]) },
        (req, res) => {
          const isDiscovery = req.url?.endsWith("/.well-known/openid-configuration");
          res.writeHead(current.status, { "content-type": current.contentType });
          res.end(isDiscovery ? current.discovery : current.jwks);
        },
      );
    });
    afterAll(async () => {
      await server?.close();
    });

    it("300 generated issuers: every probe resolves with a result, an error code when it failed", async () => {
      const discovery = fc.oneof(
        jsonish,
        fc
          .record({
            issuer: fc.oneof(fc.constant(ISSUER), fc.string()),
            jwks_uri: fc.oneof(
              fc.constant("https://issuer.test/keys"),
              fc.string(),
              fc.constant("http://169.254.169.254/"),
            ),
          })
          .map((v) => JSON.stringify(v)),
      );
      const response = fc.record({
        status: fc.constantFrom(200, 200, 200, 301, 404, 500),
        contentType: fc.constantFrom("application/json", "text/html", "application/jwk-set+json", ""),
        discovery,
        jwks: jsonish,
      });
      await fc.assert(
        fc.asyncProperty(response, async (r) => {
          current = r;
          const result = await probeIssuer(ISSUER, {
            resolve: { "issuer.test": server.address },
            extraCaPem: pki.rootPem,
            allowPrivateAddresses: true,
            timeoutMs: 2_000,
            now: () => new Date(),
          });
          expect(result.url).toBe(ISSUER);
          if (result.errorCode === null) {
            expect(result.reachable).toBe(true);
            expect(result.keyIds.length).toBeGreaterThan(0);
          } else {
            expect(typeof result.error).toBe("string");
          }
        }),
        { numRuns: 300 },
      );
    }, 120_000);
  });
});
