import { exceptionMatches } from "@trustwatch/core";
import type { Db } from "../client";

export type ExceptionInput = {
  ruleId: string;
  /** An exact resource ARN, or a glob with `*` / `?` over ARNs. */
  resourcePattern: string;
  owner: string;
  reason: string;
  expiresAt: Date;
  createdById: string;
};

export const toCoreException = (e: {
  id: string;
  ruleId: string;
  resourcePattern: string;
  owner: string;
  reason: string;
  expiresAt: Date;
}) => ({
  id: e.id,
  ruleId: e.ruleId,
  resourceArn: e.resourcePattern,
  owner: e.owner,
  reason: e.reason,
  expiresAt: e.expiresAt,
});

/**
 * Create an exception and suppress the open findings it covers at once, so the UI reflects it
 * before the next scan's reconciliation (which applies the same rule through core `evaluate`).
 * Matching uses core's `exceptionMatches`, the function reconciliation uses: the two never disagree.
 */
export async function createException(db: Db, organizationId: string, input: ExceptionInput, now: Date) {
  return db.$transaction(async (tx) => {
    const exception = await tx.findingException.create({ data: { organizationId, ...input } });
    const candidates = await tx.finding.findMany({
      where: { organizationId, ruleId: input.ruleId, status: "open" },
      select: { id: true, ruleId: true, resourceArn: true },
    });
    const core = toCoreException(exception);
    const ids = candidates.filter((f) => exceptionMatches(core, f, now)).map((f) => f.id);
    if (ids.length > 0) {
      await tx.finding.updateMany({
        where: { organizationId, id: { in: ids }, status: "open" },
        data: { status: "suppressed", suppressedByExceptionId: exception.id },
      });
    }
    return { exception, suppressedCount: ids.length };
  });
}

/**
 * Revoke an exception and re-open the findings it suppressed. A finding another live exception
 * also covers moves to that one instead of re-opening, as the next reconciliation would do.
 * Returns null when the exception is not this organization's.
 */
export async function revokeException(db: Db, organizationId: string, exceptionId: string, now: Date) {
  return db.$transaction(async (tx) => {
    const before = await tx.findingException.findFirst({ where: { id: exceptionId, organizationId } });
    if (!before) return null;
    if (before.revokedAt) return { before, exception: before, reopenedCount: 0 };
    const exception = await tx.findingException.update({
      where: { id: before.id },
      data: { revokedAt: now },
    });
    const suppressed = await tx.finding.findMany({
      where: { organizationId, suppressedByExceptionId: before.id, status: "suppressed" },
      select: { id: true, ruleId: true, resourceArn: true },
    });
    const others = (
      await tx.findingException.findMany({
        where: { organizationId, revokedAt: null, expiresAt: { gt: now }, ruleId: before.ruleId },
      })
    ).map(toCoreException);
    let reopenedCount = 0;
    for (const f of suppressed) {
      const other = others.find((e) => exceptionMatches(e, f, now));
      await tx.finding.update({
        where: { id: f.id },
        data: other
          ? { suppressedByExceptionId: other.id }
          : { status: "open", suppressedByExceptionId: null },
      });
      if (!other) reopenedCount += 1;
    }
    return { before, exception, reopenedCount };
  });
}

export async function getException(db: Db, organizationId: string, exceptionId: string) {
  return db.findingException.findFirst({ where: { id: exceptionId, organizationId } });
}

/** Newest first; `state` splits live exceptions from expired and revoked ones. */
export async function listExceptions(
  db: Db,
  organizationId: string,
  options: { state?: "active" | "inactive" | "all"; ruleId?: string; now: Date },
) {
  const state = options.state ?? "all";
  const rows = await db.findingException.findMany({
    where: {
      organizationId,
      ...(options.ruleId ? { ruleId: options.ruleId } : {}),
      ...(state === "active" ? { revokedAt: null, expiresAt: { gt: options.now } } : {}),
      ...(state === "inactive"
        ? { OR: [{ revokedAt: { not: null } }, { expiresAt: { lte: options.now } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
  });
  const counts = await db.finding.groupBy({
    by: ["suppressedByExceptionId"],
    where: { organizationId, status: "suppressed", suppressedByExceptionId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const countById = new Map(counts.map((c) => [c.suppressedByExceptionId, c._count._all]));
  return rows.map((r) => ({ ...r, suppressedCount: countById.get(r.id) ?? 0 }));
}
