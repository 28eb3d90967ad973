import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Secrets at rest (Slack webhook URLs): AES-256-GCM with a 32-byte key from the environment
 * (`TRUSTWATCH_ENCRYPTION_KEY`, base64). The stored form is `v1.<iv>.<tag>.<ciphertext>`
 * (base64url parts): the version lets a later key rotation tell old rows from new ones.
 */
const VERSION = "v1";
const IV_BYTES = 12; // the GCM nonce size NIST SP 800-38D recommends
const TAG_BYTES = 16;

export class SecretKeyError extends Error {
  override name = "SecretKeyError";
}

export class SecretDecryptError extends Error {
  override name = "SecretDecryptError";
}

/** Decode and check the key; throws a message an operator can act on. */
export function parseEncryptionKey(base64: string | null | undefined): Buffer {
  if (!base64) throw new SecretKeyError("TRUSTWATCH_ENCRYPTION_KEY is not set (32 random bytes, base64)");
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) {
    throw new SecretKeyError(`TRUSTWATCH_ENCRYPTION_KEY must decode to 32 bytes (got ${key.length})`);
  }
  return key;
}

export function encryptSecret(plaintext: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv, tag, ciphertext]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** Throws SecretDecryptError on a wrong key or a tampered value (GCM authenticates both). */
export function decryptSecret(stored: string, key: Buffer): string {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined) {
    throw new SecretDecryptError("unrecognised secret format");
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    throw new SecretDecryptError("secret could not be decrypted (wrong key or tampered value)");
  }
}
