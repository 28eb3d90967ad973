import type { Db } from "../client";

/** The organization's queued or running scan, if any (at most one: createScan refuses a second). */
export async function getActiveScan(db: Db, organizationId: string) {
  return db.scan.findFirst({
    where: { organizationId, status: { in: ["queued", "running"] } },
    orderBy: { createdAt: "desc" },
  });
}

/** Newest scans with who started them and the findings they opened and resolved. */
export async function listScanHistory(db: Db, organizationId: string, take = 20) {
  const scans = await db.scan.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    take,
    include: {
      snapshot: { select: { newCount: true, resolvedCount: true, score: true } },
      accountResults: {
        where: { status: "failed" },
        select: { error: true, awsAccount: { select: { accountId: true, name: true } } },
      },
    },
  });
  const requesterIds = [...new Set(scans.flatMap((s) => (s.requestedById ? [s.requestedById] : [])))];
  const users = requesterIds.length
    ? await db.user.findMany({ where: { id: { in: requesterIds } }, select: { id: true, email: true } })
    : [];
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  return scans.map(({ snapshot, accountResults, ...scan }) => ({
    ...scan,
    requestedBy: scan.requestedById ? (emailOf.get(scan.requestedById) ?? null) : null,
    newFindings: snapshot?.newCount ?? null,
    resolvedFindings: snapshot?.resolvedCount ?? null,
    failedAccounts: accountResults.map((r) => ({ ...r.awsAccount, error: r.error })),
  }));
}
