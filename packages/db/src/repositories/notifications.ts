import type { Db } from "../client";
import type { Severity } from "../generated/prisma/enums";

/** What the UI may see of a channel: never the (encrypted) URL, only its hint. */
const CHANNEL_PUBLIC = {
  id: true,
  kind: true,
  name: true,
  webhookUrlHint: true,
  minSeverity: true,
  enabled: true,
  status: true,
  lastError: true,
  failingSince: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type ChannelInput = {
  name: string;
  webhookUrlEncrypted: string;
  webhookUrlHint: string;
  minSeverity: Severity;
  enabled: boolean;
};

export async function listChannels(db: Db, organizationId: string) {
  return db.notificationChannel.findMany({
    where: { organizationId },
    select: CHANNEL_PUBLIC,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export async function getChannel(db: Db, organizationId: string, channelId: string) {
  return db.notificationChannel.findFirst({
    where: { id: channelId, organizationId },
    select: CHANNEL_PUBLIC,
  });
}

export async function createChannel(db: Db, organizationId: string, input: ChannelInput) {
  return db.notificationChannel.create({
    data: { organizationId, kind: "slack", ...input },
    select: CHANNEL_PUBLIC,
  });
}

/** A new URL clears the failing state: it is a different webhook. Null when not this org's. */
export async function updateChannel(
  db: Db,
  organizationId: string,
  channelId: string,
  input: Partial<ChannelInput>,
) {
  const reset = input.webhookUrlEncrypted
    ? { status: "ok" as const, lastError: null, failingSince: null }
    : {};
  const result = await db.notificationChannel.updateMany({
    where: { id: channelId, organizationId },
    data: { ...input, ...reset },
  });
  return result.count ? getChannel(db, organizationId, channelId) : null;
}

export async function deleteChannel(db: Db, organizationId: string, channelId: string) {
  const result = await db.notificationChannel.deleteMany({ where: { id: channelId, organizationId } });
  return result.count > 0;
}

/** Worker only: the enabled channels with their encrypted URL. */
export async function listChannelsForDelivery(db: Db, organizationId: string) {
  return db.notificationChannel.findMany({
    where: { organizationId, enabled: true },
    orderBy: { createdAt: "asc" },
  });
}

export async function getChannelForDelivery(db: Db, organizationId: string, channelId: string) {
  return db.notificationChannel.findFirst({ where: { id: channelId, organizationId } });
}

export async function markChannelOk(db: Db, channelId: string) {
  await db.notificationChannel.updateMany({
    where: { id: channelId, status: "failing" },
    data: { status: "ok", lastError: null, failingSince: null },
  });
}

/** failingSince keeps the first failure's time while the channel stays failing. */
export async function markChannelFailing(db: Db, channelId: string, error: string, now: Date) {
  await db.notificationChannel.updateMany({
    where: { id: channelId, status: "ok" },
    data: { status: "failing", failingSince: now },
  });
  await db.notificationChannel.updateMany({
    where: { id: channelId },
    data: { lastError: error.slice(0, 500) },
  });
}

/**
 * The delivery row for (channel, scan or request, kind), created on first use with the
 * message it will send: a retry re-sends the same payload, and a delivered row is never
 * sent again (the dedupe key is unique).
 */
export async function ensureDelivery(
  db: Db,
  input: {
    organizationId: string;
    channelId: string;
    scanId: string | null;
    dedupeKey: string;
    kind: string;
    payload: object;
  },
) {
  return db.notificationDelivery.upsert({
    where: { dedupeKey: input.dedupeKey },
    create: { ...input, status: "pending" },
    update: {},
  });
}

export async function getDeliveryByKey(db: Db, dedupeKey: string) {
  return db.notificationDelivery.findUnique({ where: { dedupeKey } });
}

export async function recordDeliveryAttempt(
  db: Db,
  deliveryId: string,
  outcome: {
    status: "pending" | "delivered" | "failed";
    responseCode: number | null;
    error: string | null;
    at: Date;
  },
) {
  return db.notificationDelivery.update({
    where: { id: deliveryId },
    data: {
      status: outcome.status,
      attempts: { increment: 1 },
      responseCode: outcome.responseCode,
      error: outcome.error?.slice(0, 500) ?? null,
      ...(outcome.status === "delivered" ? { deliveredAt: outcome.at } : {}),
    },
  });
}

export async function listDeliveries(
  db: Db,
  organizationId: string,
  options: { channelId?: string; limit?: number } = {},
) {
  return db.notificationDelivery.findMany({
    where: { organizationId, ...(options.channelId ? { channelId: options.channelId } : {}) },
    select: {
      id: true,
      channelId: true,
      scanId: true,
      kind: true,
      status: true,
      attempts: true,
      responseCode: true,
      error: true,
      createdAt: true,
      deliveredAt: true,
      channel: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(options.limit ?? 50, 1), 200),
  });
}

/**
 * Open findings seen by this scan that no message announced yet: new ones, re-opened ones
 * (reconciliation resets alertedAt), and ones whose earlier delivery never succeeded.
 */
export async function listUnalertedFindings(db: Db, organizationId: string, scanId: string) {
  return db.finding.findMany({
    where: { organizationId, lastScanId: scanId, status: "open", alertedAt: null },
    select: { id: true, ruleId: true, severity: true, title: true, resourceArn: true, accountId: true },
  });
}

/** Findings a scan resolved: one scan of an organization runs at a time, so its window identifies them. */
export async function countFindingsResolvedBetween(db: Db, organizationId: string, from: Date, to: Date) {
  const groups = await db.finding.groupBy({
    by: ["ruleId"],
    where: { organizationId, status: "resolved", resolvedAt: { gte: from, lte: to } },
    _count: { _all: true },
  });
  return groups.map((g) => ({ ruleId: g.ruleId, count: g._count._all })).sort((a, b) => b.count - a.count);
}

export async function markFindingsAlerted(db: Db, organizationId: string, findingIds: string[], at: Date) {
  if (findingIds.length === 0) return;
  await db.finding.updateMany({
    where: { organizationId, id: { in: findingIds }, alertedAt: null },
    data: { alertedAt: at },
  });
}

export async function listAccountNamesForAlerts(db: Db, organizationId: string) {
  const rows = await db.awsAccount.findMany({
    where: { organizationId },
    select: { accountId: true, name: true },
  });
  return new Map(rows.map((r) => [r.accountId, r.name]));
}

/** A remediation request with its requester's name, for the "waits for approval" message. */
export async function getRemediationRequestForNotification(
  db: Db,
  organizationId: string,
  requestId: string,
) {
  const request = await db.remediationRequest.findFirst({
    where: { id: requestId, organizationId },
    select: {
      id: true,
      kind: true,
      status: true,
      targetArn: true,
      accountId: true,
      requestedById: true,
      requestComment: true,
    },
  });
  if (!request) return null;
  const requester = await db.user.findUnique({
    where: { id: request.requestedById },
    select: { name: true, email: true },
  });
  return { ...request, requester };
}
