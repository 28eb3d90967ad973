import {
  checkWebhookUrl,
  decryptSecret,
  ensureDelivery,
  markChannelFailing,
  markChannelOk,
  parseEncryptionKey,
  recordDeliveryAttempt,
} from "@trustwatch/db";
import { DelayedError, type Job, UnrecoverableError } from "bullmq";
import type { ProcessorDeps } from "../deps";
import { postWebhook } from "./slack-webhook";

export type DeliveryItem = {
  channel: { id: string; organizationId: string; webhookUrlEncrypted: string };
  dedupeKey: string;
  kind: "scan.findings" | "remediation.pending" | "test";
  scanId: string | null;
  payload: object;
  /** Runs after the message arrived (again on a retry that finds it delivered: keep it idempotent). */
  onDelivered?: () => Promise<void>;
};

const DEFAULT_RETRY_BASE_MS = 2_000;
const DEFAULT_MAX_ATTEMPTS = 6;
const MAX_DELAY_MS = 15 * 60_000;
/** The webhook was removed, revoked or archived (Slack: no_service, channel_not_found, channel_is_archived, invalid_token). */
const GONE = new Set([403, 404, 410]);

/**
 * Send each item once per dedupe key. Delivered rows are skipped, so a retried job only
 * re-sends what did not arrive, with the payload stored on the first try. Transient
 * failures (5xx, network, 429) re-run the job later through `moveToDelayed`, which does
 * not consume BullMQ attempts: the delivery row counts attempts, and after `maxAttempts`
 * the channel is marked failing. Returns the channel ids that received their message.
 */
export async function deliver(
  job: Job,
  token: string | undefined,
  deps: ProcessorDeps,
  items: DeliveryItem[],
) {
  if (items.length === 0) return { delivered: [] as string[], failed: [] as string[] };
  const key = loadKey(deps);
  const fetchFn = deps.notify.fetch ?? fetch;
  const maxAttempts = deps.notify.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const base = deps.notify.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
  const delivered: string[] = [];
  const failed: string[] = [];
  const delays: number[] = [];

  for (const item of items) {
    const row = await ensureDelivery(deps.db, {
      organizationId: item.channel.organizationId,
      channelId: item.channel.id,
      scanId: item.scanId,
      dedupeKey: item.dedupeKey,
      kind: item.kind,
      payload: item.payload,
    });
    if (row.status === "delivered") {
      await item.onDelivered?.();
      delivered.push(item.channel.id);
      continue;
    }
    if (row.status === "failed") {
      failed.push(item.channel.id);
      continue;
    }
    const fail = async (error: string, responseCode: number | null, isChannelBroken: boolean) => {
      // the channel first: the delivery row's final state is what readers wait for
      if (isChannelBroken) await markChannelFailing(deps.db, item.channel.id, error, deps.now());
      await recordDeliveryAttempt(deps.db, row.id, { status: "failed", responseCode, error, at: deps.now() });
      failed.push(item.channel.id);
    };

    let url: string;
    try {
      url = decryptSecret(item.channel.webhookUrlEncrypted, key);
    } catch (error) {
      await fail((error as Error).message, null, true);
      continue;
    }
    const check = checkWebhookUrl(url, { allowAnyUrl: deps.notify.allowAnyWebhookUrl });
    if (!check.ok) {
      await fail(`webhook URL refused: ${check.reason}`, null, true);
      continue;
    }

    const result = await postWebhook(fetchFn, check.url, row.payload);
    if (result.kind === "delivered") {
      await recordDeliveryAttempt(deps.db, row.id, {
        status: "delivered",
        responseCode: result.status,
        error: null,
        at: deps.now(),
      });
      await markChannelOk(deps.db, item.channel.id);
      await item.onDelivered?.();
      delivered.push(item.channel.id);
    } else if (result.kind === "permanent") {
      await fail(result.error, result.status, GONE.has(result.status));
    } else if (row.attempts + 1 >= maxAttempts) {
      await fail(`${row.attempts + 1} consecutive failures, last: ${result.error}`, result.status, true);
    } else {
      await recordDeliveryAttempt(deps.db, row.id, {
        status: "pending",
        responseCode: result.status,
        error: result.error,
        at: deps.now(),
      });
      const backoff = base * 2 ** row.attempts;
      delays.push(Math.min(Math.max(result.retryAfterMs ?? 0, backoff), MAX_DELAY_MS));
    }
  }

  if (delays.length > 0) {
    if (!token) throw new Error("delivery needs a retry but the job has no lock token");
    const delay = Math.max(...delays);
    deps.logger.warn("notification delivery retry scheduled", { jobId: job.id, delayMs: delay });
    await job.moveToDelayed(Date.now() + delay, token);
    // tells the worker the job was moved, not finished
    throw new DelayedError();
  }
  return { delivered, failed };
}

function loadKey(deps: ProcessorDeps): Buffer {
  try {
    return parseEncryptionKey(deps.notify.encryptionKey);
  } catch (error) {
    throw new UnrecoverableError((error as Error).message);
  }
}
