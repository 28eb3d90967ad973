import { createServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mapWithConcurrency } from "../util/concurrency";
import { createProbeAgent } from "./fetch-json";
import { probeIssuer } from "./probe-issuer";
import { createTestPki, type TestPki } from "./test-fixtures/pki";
import type { IssuerProbeOptions } from "./types";

// Like EKS: every issuer is a path on one host (oidc.eks.<region>.amazonaws.com/id/<ID>).
const HOST = "oidc.test";
const issuer = (i: number) => `https://${HOST}/id/${i}`;

let pki: TestPki;
let server: ReturnType<typeof createServer>;
let address = "";
let handshakes = 0;
const open = new Set<Socket>();

beforeAll(async () => {
  pki = createTestPki();
  server = createServer({ key: pki.leafKeyPem, cert: pki.chainPem([HOST]) }, (req, res) => {
    const [, id, rest] = /^\/id\/(\d+)(.*)$/.exec(req.url ?? "") ?? [];
    res.writeHead(200, { "content-type": "application/json" });
    if (rest === "/.well-known/openid-configuration")
      res.end(JSON.stringify({ issuer: issuer(Number(id)), jwks_uri: `${issuer(Number(id))}/keys` }));
    else res.end(JSON.stringify({ keys: [{ kty: "RSA", kid: `kid-${id}`, n: "AQAB", e: "AQAB" }] }));
  });
  server.on("secureConnection", (socket) => {
    handshakes++;
    open.add(socket);
    socket.on("close", () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const optionsFor = (agent?: IssuerProbeOptions["agent"]): IssuerProbeOptions => ({
  resolve: { [HOST]: address },
  extraCaPem: pki.rootPem,
  allowPrivateAddresses: true,
  timeoutMs: 2_000,
  now: () => new Date(),
  agent,
});

describe("probing through a keep-alive pool", () => {
  it("gives the same answers as one connection per request, with a handful of handshakes", async () => {
    const ids = Array.from({ length: 40 }, (_, i) => i);
    handshakes = 0;
    const alone = await mapWithConcurrency(ids, 4, (i) => probeIssuer(issuer(i), optionsFor()));
    expect(handshakes).toBe(80); // discovery + JWKS, each its own connection
    handshakes = 0;
    const agent = createProbeAgent(4);
    try {
      const pooled = await mapWithConcurrency(ids, 4, (i) => probeIssuer(issuer(i), optionsFor(agent)));
      expect(handshakes).toBeLessThanOrEqual(4);
      const comparable = (r: (typeof alone)[number]) => ({ ...r, probedAt: null });
      expect(pooled.map(comparable)).toEqual(alone.map(comparable));
      expect(pooled[7]).toMatchObject({ reachable: true, keyIds: ["kid-7"], errorCode: null });
      expect(pooled[7]?.topIntermediateThumbprint).toMatch(/^[0-9a-f]{40}$/);
    } finally {
      agent.destroy();
    }
  });

  it("after the server closed a pooled connection, the next one shows the chain again (no resumed session)", async () => {
    const agent = createProbeAgent(1);
    try {
      const first = await probeIssuer(issuer(1), optionsFor(agent));
      expect(first).toMatchObject({ reachable: true });
      // The server drops its side without the client noticing before the next request is written.
      for (const socket of open) socket.destroy();
      const again = await probeIssuer(issuer(2), optionsFor(agent));
      expect(again).toMatchObject({ reachable: true, errorCode: null, keyIds: ["kid-2"] });
      expect(again.topIntermediateThumbprint).toBe(first.topIntermediateThumbprint);
    } finally {
      agent.destroy();
    }
  });
});
