import { X509Certificate } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeIssuer } from "./probe-issuer";
import { startHttpsServer, type TestServer } from "./test-fixtures/https-server";
import { createTestPki, type TestPki } from "./test-fixtures/pki";
import { sha1Thumbprint } from "./tls-chain";

const ISSUER = "https://issuer.test/tenant";
type Route = (req: IncomingMessage, res: ServerResponse) => void;

const json =
  (body: unknown, type = "application/json"): Route =>
  (_req, res) => {
    res.writeHead(200, { "content-type": type });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
  };
const discovery = (overrides: Record<string, unknown> = {}) =>
  json({ issuer: ISSUER, jwks_uri: `${ISSUER}/keys`, ...overrides });

// Per-test routes: the fixture server answers from whatever the current test installed.
let routes: Record<string, Route> = {};
let pki: TestPki;
let server: TestServer;
let silent: Server;
let silentPort = 0;
const sockets = new Set<Socket>();

beforeAll(async () => {
  pki = createTestPki();
  server = await startHttpsServer(
    { key: pki.leafKeyPem, cert: pki.chainPem(["issuer.test"]) },
    (req, res) => {
      const route = routes[req.url ?? ""];
      if (route) route(req, res);
      else {
        res.writeHead(404);
        res.end();
      }
    },
  );
  // Accepts TCP connections and never speaks: neither a TLS handshake nor HTTP.
  silent = createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentPort = (silent.address() as { port: number }).port;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all([server.close(), new Promise((resolve) => silent.close(resolve))]);
});

function probe(install: Record<string, Route>, extra: Partial<Parameters<typeof probeIssuer>[1]> = {}) {
  routes = Object.fromEntries(Object.entries(install).map(([path, route]) => [`/tenant${path}`, route]));
  return probeIssuer(ISSUER, {
    resolve: { "issuer.test": server.address },
    extraCaPem: pki.rootPem,
    allowPrivateAddresses: true,
    timeoutMs: 2_000,
    maxBytes: 4_096,
    now: () => new Date(),
    ...extra,
  });
}

const DISCOVERY = "/.well-known/openid-configuration";

describe("probeIssuer with local fixtures", () => {
  it("records kids, the intermediate's thumbprint and the leaf expiry", async () => {
    const result = await probe({
      [DISCOVERY]: discovery(),
      "/keys": json({ keys: [{ kid: "k1" }, { kid: "k2" }] }, "application/jwk-set+json"),
    });
    expect(result).toMatchObject({
      reachable: true,
      errorCode: null,
      keyIds: ["k1", "k2"],
      jwksUri: `${ISSUER}/keys`,
    });
    expect(result.topIntermediateThumbprint).toBe(sha1Thumbprint(new X509Certificate(pki.intermediatePem)));
    expect(result.certificateExpiresAt?.getTime()).toBeGreaterThan(Date.now());
  });

  it("fails too-large from Content-Length before reading", async () => {
    // Announces a large body and sends none of it: only the header check can fail this fast.
    const result = await probe({
      [DISCOVERY]: (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "10000" });
        res.flushHeaders();
      },
    });
    expect(result).toMatchObject({ reachable: false, errorCode: "too-large" });
  });

  it("fails too-large while streaming a body without Content-Length", async () => {
    const result = await probe({
      [DISCOVERY]: (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        const chunk = Buffer.alloc(1_024, 0x20);
        for (let i = 0; i < 64; i++) res.write(chunk);
        res.end("{}");
      },
    });
    expect(result).toMatchObject({ reachable: false, errorCode: "too-large" });
  });

  it("times out on a server that never answers", async () => {
    const started = performance.now();
    const result = await probe({ [DISCOVERY]: () => undefined }, { timeoutMs: 300 });
    expect(result).toMatchObject({ reachable: false, errorCode: "timeout" });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("times out on a server that never completes the TLS handshake", async () => {
    const result = await probe({}, { timeoutMs: 300, resolve: { "issuer.test": `127.0.0.1:${silentPort}` } });
    expect(result).toMatchObject({ reachable: false, errorCode: "timeout" });
  });

  it("reports a refused connection", async () => {
    const result = await probe({}, { resolve: { "issuer.test": "127.0.0.1:1" } });
    expect(result).toMatchObject({ reachable: false, errorCode: "connect" });
  });

  it("rejects an HTML answer as bad-content-type", async () => {
    const result = await probe({ [DISCOVERY]: json("<html>login</html>", "text/html; charset=utf-8") });
    expect(result).toMatchObject({ reachable: false, errorCode: "bad-content-type" });
  });

  it.each([
    { name: "not JSON", body: "issuer: yes" },
    { name: "a JSON array", body: "[]" },
    { name: "a JSON string", body: '"https://issuer.test/tenant"' },
  ])("rejects a discovery document that is $name", async ({ body }) => {
    expect((await probe({ [DISCOVERY]: json(body) })).errorCode).toBe("bad-json");
  });

  it.each([
    { name: "no issuer", doc: { jwks_uri: `${ISSUER}/keys` }, code: "bad-discovery" },
    { name: "no jwks_uri", doc: { issuer: ISSUER }, code: "bad-discovery" },
    {
      name: "an http jwks_uri",
      doc: { issuer: ISSUER, jwks_uri: "http://issuer.test/tenant/keys" },
      code: "bad-discovery",
    },
    {
      name: "another issuer",
      doc: { issuer: "https://issuer.test/other", jwks_uri: `${ISSUER}/keys` },
      code: "issuer-mismatch",
    },
  ])("reports a discovery document with $name", async ({ doc, code }) => {
    const result = await probe({ [DISCOVERY]: json(doc) });
    expect(result).toMatchObject({ reachable: true, errorCode: code });
  });

  it("accepts a discovery issuer with a trailing slash", async () => {
    const result = await probe({
      [DISCOVERY]: discovery({ issuer: `${ISSUER}/` }),
      "/keys": json({ keys: [{ kid: "a" }] }),
    });
    expect(result.errorCode).toBeNull();
  });

  it("reports a JWKS without keys", async () => {
    const result = await probe({ [DISCOVERY]: discovery(), "/keys": json({ keys: "none" }) });
    expect(result).toMatchObject({ reachable: true, errorCode: "jwks" });
  });

  it("reports a JWKS with too many keys", async () => {
    const keys = Array.from({ length: 150 }, (_, i) => ({ kid: `${i}` }));
    const result = await probe({ [DISCOVERY]: discovery(), "/keys": json({ keys }) }, { maxBytes: 100_000 });
    expect(result).toMatchObject({ reachable: true, errorCode: "jwks", keyIds: [] });
  });

  it("reports a certificate for another name as tls-hostname", async () => {
    const result = await probeIssuer("https://other.test", {
      resolve: { "other.test": server.address },
      extraCaPem: pki.rootPem,
      allowPrivateAddresses: true,
      now: () => new Date(),
    });
    expect(result).toMatchObject({ reachable: false, errorCode: "tls-hostname" });
    expect(result.topIntermediateThumbprint).toBe(sha1Thumbprint(new X509Certificate(pki.intermediatePem)));
  });

  it("follows a redirect of the discovery document on the same host", async () => {
    const result = await probe({
      [DISCOVERY]: (_req, res) => {
        res.writeHead(301, { location: "/tenant/moved" });
        res.end();
      },
      "/moved": discovery(),
      "/keys": json({ keys: [{ kid: "a" }] }),
    });
    expect(result).toMatchObject({ errorCode: null, keyIds: ["a"] });
  });
});
