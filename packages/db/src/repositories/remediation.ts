import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import type { RemediationStatus } from "../generated/prisma/enums";

export type NewRemediationRequest = {
  kind: string;
  findingId: string | null;
  targetArn: string;
  /** 12-digit AWS account id the change applies in. */
  accountId: string;
  /** core's Plan, validated by the caller. */
  plan: unknown;
  beforeDocument: string;
  afterDocument: string;
  requestedById: string;
  requestComment?: string | null;
  rollbackOfId?: string | null;
};

const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

/** Statuses in which a request still holds its target: a second change would race it. */
export const ACTIVE_REMEDIATION_STATUSES: RemediationStatus[] = ["pending", "approved", "running"];

export async function createRemediationRequest(db: Db, organizationId: string, input: NewRemediationRequest) {
  return db.remediationRequest.create({
    data: {
      organizationId,
      kind: input.kind,
      findingId: input.findingId,
      targetArn: input.targetArn,
      accountId: input.accountId,
      plan: asJson(input.plan),
      beforeDocument: input.beforeDocument,
      afterDocument: input.afterDocument,
      requestedById: input.requestedById,
      requestComment: input.requestComment ?? null,
      rollbackOfId: input.rollbackOfId ?? null,
    },
  });
}

/** The open request (pending, approved or running) on a resource, if any. */
export async function findActiveRemediationForTarget(db: Db, organizationId: string, targetArn: string) {
  return db.remediationRequest.findFirst({
    where: { organizationId, targetArn, status: { in: ACTIVE_REMEDIATION_STATUSES } },
    select: { id: true, status: true },
  });
}

type UserRef = { id: string; name: string; email: string };

async function usersById(db: Db, ids: (string | null)[]): Promise<Map<string, UserRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, u]));
}

const FINDING_SUMMARY = {
  select: { id: true, ruleId: true, title: true, status: true, severity: true, resourceArn: true },
};

/** One request of the organization with who requested and decided it, or null (also for other tenants' ids). */
export async function getRemediationRequest(db: Db, organizationId: string, id: string) {
  const row = await db.remediationRequest.findFirst({
    where: { id, organizationId },
    include: { finding: FINDING_SUMMARY },
  });
  if (!row) return null;
  const [users, rollbacks] = await Promise.all([
    usersById(db, [row.requestedById, row.approvedById]),
    db.remediationRequest.findMany({
      where: { organizationId, rollbackOfId: id },
      select: { id: true, status: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return {
    ...row,
    requestedBy: users.get(row.requestedById) ?? null,
    approvedBy: row.approvedById ? (users.get(row.approvedById) ?? null) : null,
    rollbacks,
  };
}

/** Newest first, keyset-paginated on (createdAt, id). */
export async function listRemediationRequests(
  db: Db,
  organizationId: string,
  options: { status?: RemediationStatus[]; findingId?: string; cursor?: string | null; limit?: number } = {},
) {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const rows = await db.remediationRequest.findMany({
    where: {
      organizationId,
      ...(options.status?.length ? { status: { in: options.status } } : {}),
      ...(options.findingId ? { findingId: options.findingId } : {}),
    },
    include: { finding: FINDING_SUMMARY },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, limit);
  const users = await usersById(
    db,
    page.flatMap((r) => [r.requestedById, r.approvedById]),
  );
  return {
    items: page.map((r) => ({
      ...r,
      requestedBy: users.get(r.requestedById) ?? null,
      approvedBy: r.approvedById ? (users.get(r.approvedById) ?? null) : null,
    })),
    nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}

export async function countRemediationRequestsByStatus(db: Db, organizationId: string) {
  const groups = await db.remediationRequest.groupBy({
    by: ["status"],
    where: { organizationId },
    _count: { _all: true },
  });
  const counts: Record<RemediationStatus, number> = {
    pending: 0,
    approved: 0,
    rejected: 0,
    running: 0,
    succeeded: 0,
    failed: 0,
    stale: 0,
  };
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

/**
 * Approve or reject a pending request. Four eyes are enforced here too, in the same statement
 * that changes the status: a request is never decided by its requester, nor decided twice.
 * Returns false when nothing matched (not pending any more, or the decider is the requester).
 */
export async function decideRemediationRequest(
  db: Db,
  organizationId: string,
  id: string,
  decision: { status: "approved" | "rejected"; deciderId: string; comment: string | null; now: Date },
): Promise<boolean> {
  const updated = await db.remediationRequest.updateMany({
    where: { id, organizationId, status: "pending", NOT: { requestedById: decision.deciderId } },
    data: {
      status: decision.status,
      approvedById: decision.deciderId,
      decisionComment: decision.comment,
      decidedAt: decision.now,
    },
  });
  return updated.count === 1;
}

/** approved → running, once: a duplicate job (or a second worker) gets false and stops. */
export async function claimRemediationRequest(
  db: Db,
  organizationId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const updated = await db.remediationRequest.updateMany({
    where: { id, organizationId, status: "approved" },
    data: { status: "running", startedAt: now },
  });
  return updated.count === 1;
}

export async function finishRemediationRequest(
  db: Db,
  organizationId: string,
  id: string,
  outcome: { status: "succeeded" | "failed" | "stale"; result?: unknown; error?: string | null; now: Date },
) {
  await db.remediationRequest.updateMany({
    where: { id, organizationId, status: "running" },
    data: {
      status: outcome.status,
      result: outcome.result === undefined ? undefined : asJson(outcome.result),
      error: outcome.error ?? null,
      finishedAt: outcome.now,
    },
  });
}

/** The account the change applies in, with the remediation role and the ExternalId to present. */
export async function getRemediationTarget(db: Db, organizationId: string, accountId: string) {
  const account = await db.awsAccount.findFirst({
    where: { organizationId, accountId },
    include: { organization: { select: { externalId: true } } },
  });
  if (!account) return null;
  return {
    awsAccountId: account.id,
    accountId: account.accountId,
    remediationRoleArn: account.remediationRoleArn,
    externalId: account.externalId ?? account.organization.externalId,
  };
}

/** Audit entries of a request, oldest first, with the acting member's name (system steps have none). */
export async function listRemediationTimeline(db: Db, organizationId: string, id: string) {
  const entries = await db.auditLog.findMany({
    where: { organizationId, targetType: "remediation", targetId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
  });
  const users = await usersById(
    db,
    entries.map((e) => (e.actorType === "user" ? e.actorId : null)),
  );
  return entries.map((e) => ({
    id: e.id,
    action: e.action,
    actorType: e.actorType,
    actor: e.actorId ? (users.get(e.actorId) ?? null) : null,
    at: e.createdAt,
    detail: e.after,
  }));
}
