import { TRPCError } from "@trpc/server";
import { checkWebhookUrl, encryptSecret, parseEncryptionKey, webhookUrlHint } from "@trustwatch/db";
import { z } from "zod";
import type { SecretsConfig } from "../../context";

export const ZSeverity = z.enum(["critical", "high", "medium", "low", "info"]);

export const ZChannelRef = z.object({ channelId: z.string().min(1).max(64) });

/** Never the URL: only the hint chosen at creation. */
export const ZChannel = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  webhookUrlHint: z.string(),
  minSeverity: ZSeverity,
  enabled: z.boolean(),
  status: z.enum(["ok", "failing"]),
  lastError: z.string().nullable(),
  failingSince: z.date().nullable(),
  createdAt: z.date(),
});
export type Channel = z.infer<typeof ZChannel>;

export const ZWebhookUrl = z.string().trim().min(1).max(500);

/** The stored form of a URL: encrypted, plus the hint the UI shows. */
export function sealWebhookUrl(secrets: SecretsConfig, raw: string) {
  const check = checkWebhookUrl(raw, { allowAnyUrl: secrets.allowAnyWebhookUrl });
  if (!check.ok) throw new TRPCError({ code: "BAD_REQUEST", message: check.reason });
  let key: Buffer;
  try {
    key = parseEncryptionKey(secrets.encryptionKey);
  } catch {
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: "Slack channels need TRUSTWATCH_ENCRYPTION_KEY to be set on the server",
    });
  }
  return { webhookUrlEncrypted: encryptSecret(check.url, key), webhookUrlHint: webhookUrlHint(check.url) };
}

/** What the audit log records of a channel: no URL, encrypted or not. */
export function auditView(c: {
  name: string;
  webhookUrlHint: string;
  minSeverity: string;
  enabled: boolean;
}) {
  return { name: c.name, webhookUrlHint: c.webhookUrlHint, minSeverity: c.minSeverity, enabled: c.enabled };
}
