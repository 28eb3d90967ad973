import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBlockedAddress } from "./address-guard";
import { fetchJson } from "./fetch-json";
import { createGuardedLookup } from "./guarded-lookup";
import { isJsonContentType } from "./json-body";
import { startHttpsServer, type TestServer } from "./test-fixtures/https-server";
import { createTestPki } from "./test-fixtures/pki";

// The fixture server's loopback address stands in for a public one; everything else is guarded as usual.
const isBlocked = (ip: string) => ip !== "127.0.0.1" && isBlockedAddress(ip);

let server: TestServer;
let rootPem: string;

beforeAll(async () => {
  const pki = createTestPki();
  rootPem = pki.rootPem;
  server = await startHttpsServer(
    { key: pki.leafKeyPem, cert: pki.chainPem(["issuer.test"]) },
    (req, res) => {
      const redirects: Record<string, string> = {
        "/to-metadata": "https://metadata.test/latest/meta-data/",
        "/to-private-ip": "https://10.0.0.5/keys",
        "/to-http": "http://issuer.test/doc",
        "/loop": "/loop",
        "/hop": "/hop2",
        "/hop2": "/doc",
      };
      const location = redirects[req.url ?? ""];
      if (location) {
        res.writeHead(302, { location });
        res.end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, path: req.url }));
    },
  );
});

afterAll(() => server.close());

function fetchPath(path: string) {
  const resolve = { "issuer.test": server.address, "metadata.test": "169.254.169.254:443" };
  return fetchJson(new URL(`https://issuer.test${path}`), {
    resolve,
    extraCaPem: rootPem,
    isBlocked,
    lookup: createGuardedLookup({ resolve, isBlocked }),
    timeoutMs: 3_000,
    maxBytes: 10_000,
    maxRedirects: 3,
    now: () => new Date(),
  });
}

describe("fetchJson redirects", () => {
  it("follows redirects to a JSON document", async () => {
    await expect(fetchPath("/hop")).resolves.toEqual({ ok: true, path: "/doc" });
  });

  it("refuses a hop to a name that resolves to the metadata address", async () => {
    await expect(fetchPath("/to-metadata")).rejects.toMatchObject({
      code: "blocked-address",
      message: expect.stringContaining("169.254.169.254"),
    });
  });

  it("refuses a hop to a private IP literal", async () => {
    await expect(fetchPath("/to-private-ip")).rejects.toMatchObject({ code: "blocked-address" });
  });

  it("refuses a hop to http", async () => {
    await expect(fetchPath("/to-http")).rejects.toMatchObject({ code: "not-https" });
  });

  it("stops after maxRedirects", async () => {
    await expect(fetchPath("/loop")).rejects.toMatchObject({
      code: "http-status",
      message: expect.stringContaining("more than 3 redirects"),
    });
  });
});

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["application/jwk-set+json", true],
    ["text/plain", true],
    ["", true],
    ["text/html; charset=utf-8", false],
    ["application/xml", false],
  ])("%j → %s", (type, expected) => {
    expect(isJsonContentType(type)).toBe(expected);
  });
});
