import { createHash, randomBytes } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** IAM unique ids are a 4-letter prefix (AROA role, AIDA user, ASIA temporary key) and 17 base32 characters. */
export function stableIamId(prefix: string, seed: string): string {
  const digest = createHash("sha256").update(seed).digest();
  let id = prefix;
  for (let i = 0; i < 17; i++) id += ALPHABET[(digest[i] ?? 0) % 32];
  return id;
}

export function randomIamId(prefix: string, length = 16): string {
  const bytes = randomBytes(length);
  let id = prefix;
  for (const b of bytes) id += ALPHABET[b % 32];
  return id;
}

export function randomSecret(length = 40): string {
  return randomBytes(length)
    .toString("base64")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, length);
}
