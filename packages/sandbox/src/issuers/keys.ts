import { createPublicKey, generateKeyPair } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const generate = promisify(generateKeyPair);

export type RsaKey = { privateKeyPem: string; publicKeyPem: string; n: string; e: string };

/**
 * RSA keys are generated once per process with node's native generator (node-forge's pure-JS generator
 * takes seconds per key) and shared: TLS certificates and issuers' JWKS draw from this small pool.
 */
let pool: Promise<RsaKey[]> | undefined;
export const KEY_POOL_SIZE = 10;

/**
 * Keys are also cached in the temp directory (mode 0600): test workers and repeated runs start in
 * milliseconds instead of generating ten RSA keys each. They only ever protect loopback test traffic.
 */
const CACHE_FILE = join(tmpdir(), `trustwatch-sandbox-keys-v1-${KEY_POOL_SIZE}.json`);

export function rsaKeyPool(): Promise<RsaKey[]> {
  pool ??= loadCached() ?? generatePool();
  return pool;
}

function loadCached(): Promise<RsaKey[]> | undefined {
  try {
    const keys = JSON.parse(readFileSync(CACHE_FILE, "utf8")) as RsaKey[];
    if (Array.isArray(keys) && keys.length === KEY_POOL_SIZE && keys.every((k) => k.privateKeyPem && k.n))
      return Promise.resolve(keys);
  } catch {
    // No cache yet, or unreadable: generate.
  }
  return undefined;
}

async function generatePool(): Promise<RsaKey[]> {
  const keys = await Promise.all(Array.from({ length: KEY_POOL_SIZE }, () => generateRsaKey()));
  try {
    const partial = `${CACHE_FILE}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(keys), { mode: 0o600 });
    renameSync(partial, CACHE_FILE); // atomic, so parallel workers never read half a file
  } catch {
    // A read-only temp directory only costs startup time.
  }
  return keys;
}

async function generateRsaKey(): Promise<RsaKey> {
  const { privateKey, publicKey } = await generate("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
  });
  const jwk = createPublicKey(publicKey).export({ format: "jwk" });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey, n: String(jwk.n), e: String(jwk.e) };
}

/** Pool slots 0-4 are TLS keys; JWKS signing keys use the rest. */
export const TLS_KEY_SLOTS = {
  root: 0,
  intermediate: 1,
  leaf: 2,
  untrustedRoot: 3,
  untrustedIntermediate: 4,
} as const;
export const JWKS_KEY_SLOTS = [5, 6, 7, 8, 9] as const;
