import { describe, expect, it } from "vitest";
import { extractKeyIds, jwkThumbprint } from "./jwks";

const URI = "https://issuer.example/keys";

describe("extractKeyIds", () => {
  it("returns kids in order without duplicates", () => {
    const jwks = { keys: [{ kid: "b", kty: "RSA" }, { kid: "a" }, { kid: "b" }] };
    expect(extractKeyIds(jwks, URI)).toEqual(["b", "a"]);
  });

  it("names a key without kid by its RFC 7638 thumbprint", () => {
    // RFC 7638 section 3.1 example key and thumbprint.
    const key = {
      kty: "RSA",
      n: "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
      e: "AQAB",
      alg: "RS256",
    };
    expect(jwkThumbprint(key)).toBe("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
    expect(extractKeyIds({ keys: [key] }, URI)).toEqual(["jkt:NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"]);
  });

  it.each([
    { name: "no keys array", jwks: { foo: [] }, message: /no "keys" array/ },
    { name: "empty keys", jwks: { keys: [] }, message: /has no keys/ },
    {
      name: "too many keys",
      jwks: { keys: Array.from({ length: 101 }, (_, i) => ({ kid: `k${i}` })) },
      message: /101 keys/,
    },
    { name: "a key that is not an object", jwks: { keys: ["x"] }, message: /key 0 is not an object/ },
    { name: "a key without kid or members", jwks: { keys: [{ kty: "RSA" }] }, message: /no kid/ },
  ])("fails with a jwks error on $name", ({ jwks, message }) => {
    expect(() => extractKeyIds(jwks, URI)).toThrow(message);
    try {
      extractKeyIds(jwks, URI);
    } catch (error) {
      expect(error).toMatchObject({ code: "jwks" });
    }
  });
});
