import { createHash } from "node:crypto";
import { ProbeError } from "./probe-error";
import { MAX_JWKS_KEYS } from "./types";

// RFC 7638 "JSON Web Key (JWK) Thumbprint": the required members per key type, in lexicographic order.
const THUMBPRINT_MEMBERS: Record<string, readonly string[]> = {
  RSA: ["e", "kty", "n"],
  EC: ["crv", "kty", "x", "y"],
  OKP: ["crv", "kty", "x"],
  oct: ["k", "kty"],
};

/**
 * The key ids of a JWKS, in document order without duplicates. A key without `kid` is named by its
 * RFC 7638 thumbprint ("jkt:<base64url>"), which is stable across fetches, so rotation tracking works.
 */
export function extractKeyIds(jwks: Record<string, unknown>, jwksUri: string): string[] {
  const keys = jwks.keys;
  if (!Array.isArray(keys)) throw new ProbeError("jwks", `JWKS ${jwksUri} has no "keys" array`);
  if (keys.length === 0) throw new ProbeError("jwks", `JWKS ${jwksUri} has no keys`);
  if (keys.length > MAX_JWKS_KEYS) {
    throw new ProbeError("jwks", `JWKS ${jwksUri} has ${keys.length} keys, more than ${MAX_JWKS_KEYS}`);
  }
  const ids = keys.map((key: unknown, index) => {
    if (typeof key !== "object" || key === null || Array.isArray(key)) {
      throw new ProbeError("jwks", `JWKS ${jwksUri}: key ${index} is not an object`);
    }
    const record = key as Record<string, unknown>;
    if (typeof record.kid === "string" && record.kid !== "") return record.kid;
    const thumbprint = jwkThumbprint(record);
    if (!thumbprint) {
      throw new ProbeError("jwks", `JWKS ${jwksUri}: key ${index} has no kid and is not a well-formed JWK`);
    }
    return `jkt:${thumbprint}`;
  });
  return [...new Set(ids)];
}

export function jwkThumbprint(key: Record<string, unknown>): string | null {
  const members = typeof key.kty === "string" ? THUMBPRINT_MEMBERS[key.kty] : undefined;
  if (!members) return null;
  const canonical: Record<string, string> = {};
  for (const member of members) {
    const value = key[member];
    if (typeof value !== "string" || value === "") return null;
    canonical[member] = value;
  }
  return createHash("sha256").update(JSON.stringify(canonical)).digest("base64url");
}
