import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  decryptSecret,
  encryptSecret,
  parseEncryptionKey,
  SecretDecryptError,
  SecretKeyError,
} from "./secrets";
import { checkWebhookUrl, webhookUrlHint } from "./webhook-url";

const keyB64 = randomBytes(32).toString("base64");
const url = "https://hooks.slack.com/services/T0001/B0002/abcdefXYZ";

describe("secrets (AES-256-GCM)", () => {
  it("round-trips and never stores the plaintext", () => {
    const key = parseEncryptionKey(keyB64);
    const stored = encryptSecret(url, key);
    expect(stored).not.toContain("hooks.slack.com");
    expect(stored.startsWith("v1.")).toBe(true);
    expect(decryptSecret(stored, key)).toBe(url);
  });

  it("uses a fresh nonce per encryption", () => {
    const key = parseEncryptionKey(keyB64);
    expect(encryptSecret(url, key)).not.toBe(encryptSecret(url, key));
  });

  it("rejects a wrong key and a tampered value", () => {
    const key = parseEncryptionKey(keyB64);
    const stored = encryptSecret(url, key);
    expect(() => decryptSecret(stored, randomBytes(32))).toThrow(SecretDecryptError);
    const parts = stored.split(".");
    const body = Buffer.from(parts[3] ?? "", "base64url");
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString("base64url");
    expect(() => decryptSecret(parts.join("."), key)).toThrow(SecretDecryptError);
    expect(() => decryptSecret("garbage", key)).toThrow(SecretDecryptError);
  });

  it.each([
    { name: "missing", value: undefined },
    { name: "empty", value: "" },
    { name: "16 bytes", value: randomBytes(16).toString("base64") },
  ])("refuses a $name key", ({ value }) => {
    expect(() => parseEncryptionKey(value)).toThrow(SecretKeyError);
  });
});

describe("webhook URLs", () => {
  it.each([
    { name: "slack webhook", raw: url, allowAnyUrl: false, ok: true },
    { name: "other https host", raw: "https://example.com/hook", allowAnyUrl: false, ok: false },
    {
      name: "slack lookalike host",
      raw: "https://hooks.slack.com.evil.dev/services/x",
      allowAnyUrl: false,
      ok: false,
    },
    { name: "http slack", raw: "http://hooks.slack.com/services/x", allowAnyUrl: false, ok: false },
    {
      name: "credentials in URL",
      raw: "https://u:p@hooks.slack.com/services/x",
      allowAnyUrl: false,
      ok: false,
    },
    { name: "local receiver, override on", raw: "http://127.0.0.1:9999/hook", allowAnyUrl: true, ok: true },
    {
      name: "local receiver, override off",
      raw: "http://127.0.0.1:9999/hook",
      allowAnyUrl: false,
      ok: false,
    },
    { name: "not a URL", raw: "slack", allowAnyUrl: true, ok: false },
    { name: "file scheme", raw: "file:///etc/passwd", allowAnyUrl: true, ok: false },
  ])("$name → ok=$ok", ({ raw, allowAnyUrl, ok }) => {
    expect(checkWebhookUrl(raw, { allowAnyUrl }).ok).toBe(ok);
  });

  it("hints without revealing the secret path", () => {
    expect(webhookUrlHint(url)).toBe("https://hooks.slack.com/services/T…/…XYZ");
    expect(webhookUrlHint("http://127.0.0.1:9999/hook/abc123")).toBe("http://127.0.0.1:9999/h…/…123");
  });
});
