import type { Db } from "../client";

export type AuditEntry = {
  organizationId: string;
  actorType: "user" | "token" | "system";
  actorId: string | null;
  /** `<area>.<verb>`, e.g. `account.create`, `exception.revoke`, `remediation.approve`. */
  action: string;
  targetType: string;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
};

/** Never pass secrets in before/after: callers redact (webhook URLs, token hashes) first. */
export async function writeAuditLog(db: Db, entry: AuditEntry) {
  return db.auditLog.create({
    data: {
      ...entry,
      before: entry.before === undefined ? undefined : (JSON.parse(JSON.stringify(entry.before)) as object),
      after: entry.after === undefined ? undefined : (JSON.parse(JSON.stringify(entry.after)) as object),
    },
  });
}

/** Newest first, keyset-paginated on (createdAt, id). */
export async function listAuditLog(
  db: Db,
  organizationId: string,
  options: { cursor?: string | null; limit?: number; action?: string; targetId?: string } = {},
) {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const rows = await db.auditLog.findMany({
    where: {
      organizationId,
      ...(options.action ? { action: { startsWith: options.action } } : {}),
      ...(options.targetId ? { targetId: options.targetId } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
}
