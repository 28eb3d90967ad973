import type { Db } from "../client";
import { listAuditLog } from "./audit-log";

export type AuditEntryView = {
  id: string;
  createdAt: Date;
  actorType: string;
  actorId: string | null;
  /** A person's name and email, or a token's name; null when the actor no longer exists. */
  actorLabel: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
};

/** One page of the organization's audit log with the actors resolved to something a person can read. */
export async function listAuditEntries(
  db: Db,
  organizationId: string,
  options: { cursor?: string | null; limit?: number; action?: string },
): Promise<{ items: AuditEntryView[]; nextCursor: string | null }> {
  const page = await listAuditLog(db, organizationId, options);
  const userIds = [
    ...new Set(page.items.filter((e) => e.actorType === "user" && e.actorId).map((e) => e.actorId as string)),
  ];
  const tokenIds = [
    ...new Set(
      page.items.filter((e) => e.actorType === "token" && e.actorId).map((e) => e.actorId as string),
    ),
  ];
  const [users, tokens] = await Promise.all([
    userIds.length
      ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } })
      : [],
    tokenIds.length
      ? db.apiToken.findMany({
          where: { id: { in: tokenIds }, organizationId },
          select: { id: true, name: true, prefix: true },
        })
      : [],
  ]);
  const userLabel = new Map(users.map((u) => [u.id, `${u.name} <${u.email}>`]));
  const tokenLabel = new Map(tokens.map((t) => [t.id, `token ${t.name} (tw_${t.prefix}_…)`]));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((e) => ({
      id: e.id,
      createdAt: e.createdAt,
      actorType: e.actorType,
      actorId: e.actorId,
      actorLabel: e.actorId
        ? ((e.actorType === "token" ? tokenLabel.get(e.actorId) : userLabel.get(e.actorId)) ?? null)
        : e.actorType === "system"
          ? "Trustwatch"
          : null,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  };
}
