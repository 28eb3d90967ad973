import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../client";

export type ApiTokenScope = "read" | "scan";

/** What lists and audit entries show of a token: never the hash, never the secret. */
export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  scope: ApiTokenScope;
  createdById: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

export type AuthenticatedApiToken = {
  id: string;
  organizationId: string;
  name: string;
  scope: ApiTokenScope;
};

export type ApiTokenAuthResult =
  | { ok: true; token: AuthenticatedApiToken }
  | { ok: false; reason: "malformed" | "unknown" | "revoked" | "expired" };

// `tw_<8 hex prefix>_<48 hex secret>`: hex only, so the two underscores always split it unambiguously.
const TOKEN_PATTERN = /^tw_([0-9a-f]{8})_([0-9a-f]{48})$/;

/** SHA-256 of the whole token. A fast hash is enough: the secret has 192 random bits, nothing to brute-force. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

const SUMMARY_SELECT = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  createdById: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} as const;

function toSummary(row: Omit<ApiTokenSummary, "scope"> & { scope: string }): ApiTokenSummary {
  return { ...row, scope: row.scope === "scan" ? "scan" : "read" };
}

/** Create a token; the returned `token` is the only time the secret exists outside the caller's hands. */
export async function createApiToken(
  db: Db,
  organizationId: string,
  input: { name: string; scope: ApiTokenScope; expiresAt: Date | null; createdById: string },
): Promise<{ token: string; apiToken: ApiTokenSummary }> {
  const prefix = randomBytes(4).toString("hex");
  const token = `tw_${prefix}_${randomBytes(24).toString("hex")}`;
  const row = await db.apiToken.create({
    data: {
      organizationId,
      name: input.name,
      prefix,
      tokenHash: hashApiToken(token),
      scope: input.scope,
      createdById: input.createdById,
      expiresAt: input.expiresAt,
    },
    select: SUMMARY_SELECT,
  });
  return { token, apiToken: toSummary(row) };
}

export async function listApiTokens(db: Db, organizationId: string): Promise<ApiTokenSummary[]> {
  const rows = await db.apiToken.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: SUMMARY_SELECT,
    take: 500,
  });
  return rows.map(toSummary);
}

export async function getApiToken(db: Db, organizationId: string, tokenId: string) {
  const row = await db.apiToken.findFirst({ where: { id: tokenId, organizationId }, select: SUMMARY_SELECT });
  return row ? toSummary(row) : null;
}

/** Revoke a token of this organization; null when there is no such token. Revoking twice keeps the first time. */
export async function revokeApiToken(
  db: Db,
  organizationId: string,
  tokenId: string,
  now: Date,
): Promise<{ before: ApiTokenSummary; after: ApiTokenSummary } | null> {
  const before = await getApiToken(db, organizationId, tokenId);
  if (!before) return null;
  if (before.revokedAt) return { before, after: before };
  await db.apiToken.updateMany({
    where: { id: tokenId, organizationId, revokedAt: null },
    data: { revokedAt: now },
  });
  const after = await getApiToken(db, organizationId, tokenId);
  return after ? { before, after } : null;
}

/**
 * Resolve a presented bearer token to its organization and scope, and record its use. The
 * lookup is by hash (unique index), so no secret is ever compared or stored in the clear.
 */
export async function authenticateApiToken(db: Db, token: string, now: Date): Promise<ApiTokenAuthResult> {
  if (!TOKEN_PATTERN.test(token)) return { ok: false, reason: "malformed" };
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, organizationId: true, name: true, scope: true, expiresAt: true, revokedAt: true },
  });
  if (!row) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  // At most one write a minute per token: a client paging through findings is not a write per page.
  await db.apiToken.updateMany({
    where: {
      id: row.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }],
    },
    data: { lastUsedAt: now },
  });
  return {
    ok: true,
    token: {
      id: row.id,
      organizationId: row.organizationId,
      name: row.name,
      scope: row.scope === "scan" ? "scan" : "read",
    },
  };
}

/** Scans of the organization created since `since`, for the per-organization start limit. */
export async function countScansCreatedSince(db: Db, organizationId: string, since: Date): Promise<number> {
  return db.scan.count({ where: { organizationId, createdAt: { gte: since } } });
}
