import type { Db } from "../client";
import type { AccountScanStatus, ScanStatus, ScanTrigger } from "../generated/prisma/enums";

export class ScanConflictError extends Error {
  override name = "ScanConflictError";
  constructor(readonly activeScanId: string) {
    super(`a scan of this organization is already running (${activeScanId})`);
  }
}

const ACTIVE: ScanStatus[] = ["queued", "running"];

/**
 * Create a scan row, refusing a second active scan of the same organization. The advisory
 * lock serialises concurrent triggers (button + schedule) for one organization.
 */
export async function createScan(
  db: Db,
  organizationId: string,
  input: { trigger: ScanTrigger; requestedById?: string | null; scheduleId?: string | null },
) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`scan:${organizationId}`}))`;
    const active = await tx.scan.findFirst({
      where: { organizationId, status: { in: ACTIVE } },
      select: { id: true },
    });
    if (active) throw new ScanConflictError(active.id);
    return tx.scan.create({
      data: {
        organizationId,
        trigger: input.trigger,
        requestedById: input.requestedById ?? null,
        scheduleId: input.scheduleId ?? null,
      },
    });
  });
}

export async function getScan(db: Db, organizationId: string, scanId: string) {
  return db.scan.findFirst({ where: { id: scanId, organizationId } });
}

/** Mark the scan running over these accounts; re-running (a retried job) keeps existing results. */
export async function startScanAccounts(
  db: Db,
  organizationId: string,
  scanId: string,
  awsAccountIds: string[],
  now: Date,
) {
  await db.scanAccountResult.createMany({
    data: awsAccountIds.map((awsAccountId) => ({ organizationId, scanId, awsAccountId })),
    skipDuplicates: true,
  });
  await db.scan.updateMany({
    where: { id: scanId, organizationId, status: { in: ACTIVE } },
    data: { status: "running", phase: "collecting", accountsTotal: awsAccountIds.length, startedAt: now },
  });
}

export async function updateAccountProgress(
  db: Db,
  scanId: string,
  awsAccountId: string,
  data: { status?: AccountScanStatus; phase?: string; progress?: number; startedAt?: Date },
) {
  await db.scanAccountResult.updateMany({ where: { scanId, awsAccountId }, data });
}

export async function refreshScanCounters(db: Db, scanId: string) {
  const groups = await db.scanAccountResult.groupBy({
    by: ["status"],
    where: { scanId },
    _count: { _all: true },
  });
  const count = (s: AccountScanStatus) => groups.find((g) => g.status === s)?._count._all ?? 0;
  await db.scan.update({
    where: { id: scanId },
    data: {
      accountsDone: count("succeeded") + count("failed") + count("cancelled"),
      accountsFailed: count("failed"),
    },
  });
}

export async function setScanPhase(db: Db, scanId: string, phase: string) {
  await db.scan.update({ where: { id: scanId }, data: { phase } });
}

export async function finishScan(
  db: Db,
  scanId: string,
  data: { status: ScanStatus; error?: string | null; summary?: Record<string, unknown>; finishedAt: Date },
) {
  await db.scan.update({
    where: { id: scanId },
    data: {
      status: data.status,
      phase: "done",
      error: data.error ?? null,
      summary: data.summary as object,
      finishedAt: data.finishedAt,
    },
  });
}

export async function requestScanCancel(db: Db, organizationId: string, scanId: string, now: Date) {
  const result = await db.scan.updateMany({
    where: { id: scanId, organizationId, status: { in: ACTIVE } },
    data: { cancelRequestedAt: now },
  });
  return result.count > 0;
}

export async function getScanProgress(db: Db, organizationId: string, scanId: string) {
  return db.scan.findFirst({
    where: { id: scanId, organizationId },
    include: {
      accountResults: {
        include: { awsAccount: { select: { accountId: true, name: true } } },
        orderBy: { awsAccount: { name: "asc" } },
      },
    },
  });
}

export async function listScans(db: Db, organizationId: string, take = 20) {
  return db.scan.findMany({ where: { organizationId }, orderBy: { createdAt: "desc" }, take });
}

export async function listScanAccountResults(db: Db, scanId: string) {
  return db.scanAccountResult.findMany({ where: { scanId } });
}

/** Accounts still pending/running when evaluation starts did not finish: record them as failed. */
export async function failUnfinishedAccounts(db: Db, scanId: string, now: Date) {
  const result = await db.scanAccountResult.updateMany({
    where: { scanId, status: { in: ["pending", "running"] } },
    data: {
      status: "failed",
      errorCode: "Unfinished",
      error: "the account's job ended without recording a result",
      finishedAt: now,
    },
  });
  if (result.count > 0) await refreshScanCounters(db, scanId);
  return result.count;
}

/** Scans that should be progressing: the candidates for resumption after a queue loss. */
export async function listActiveScans(db: Db, since: Date) {
  return db.scan.findMany({
    where: { status: { in: ["queued", "running"] }, createdAt: { gte: since } },
    select: { id: true, organizationId: true, status: true },
  });
}
