import type { Db } from "../client";
import type { Severity } from "../generated/prisma/enums";

/** The newest posture snapshot (one per evaluated scan), or null before the first scan. */
export async function getLatestPostureSnapshot(db: Db, organizationId: string) {
  return db.postureSnapshot.findFirst({
    where: { organizationId },
    orderBy: [{ takenAt: "desc" }, { id: "desc" }],
  });
}

/** The last `limit` snapshots, oldest first (chart order). */
export async function listPostureTrend(db: Db, organizationId: string, limit = 30) {
  const rows = await db.postureSnapshot.findMany({
    where: { organizationId },
    orderBy: [{ takenAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.reverse();
}

// Weights that rank a role with one critical above one with several lows.
const WEIGHT: Record<Severity, number> = { critical: 100, high: 25, medium: 6, low: 2, info: 0 };
const ORDER: Severity[] = ["critical", "high", "medium", "low", "info"];

/** Roles with the most (and worst) open findings, worst first. */
export async function listTopRiskyRoles(db: Db, organizationId: string, limit = 5) {
  const groups = await db.finding.groupBy({
    by: ["resourceArn", "severity"],
    where: { organizationId, status: "open", resourceType: "role" },
    _count: { _all: true },
  });
  const byArn = new Map<string, { counts: Record<Severity, number>; score: number; total: number }>();
  for (const g of groups) {
    const entry = byArn.get(g.resourceArn) ?? {
      counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
      score: 0,
      total: 0,
    };
    entry.counts[g.severity] += g._count._all;
    entry.score += WEIGHT[g.severity] * g._count._all;
    entry.total += g._count._all;
    byArn.set(g.resourceArn, entry);
  }
  const ranked = [...byArn.entries()]
    .sort((a, b) => b[1].score - a[1].score || b[1].total - a[1].total || a[0].localeCompare(b[0]))
    .slice(0, limit);
  const roles = await db.iamRole.findMany({
    where: { organizationId, arn: { in: ranked.map(([arn]) => arn) } },
    select: { id: true, arn: true, name: true, accountId: true },
  });
  const roleByArn = new Map(roles.map((r) => [r.arn, r]));
  return ranked.map(([arn, entry]) => {
    const role = roleByArn.get(arn);
    return {
      roleArn: arn,
      roleId: role?.id ?? null,
      name: role?.name ?? arn.split("/").pop() ?? arn,
      accountId: role?.accountId ?? arn.split(":")[4] ?? "",
      openCount: entry.total,
      worstSeverity: ORDER.find((s) => entry.counts[s] > 0) ?? "info",
      counts: entry.counts,
    };
  });
}

/** Accounts whose last scan failed (the worker sets status "error" with the error), with the error. */
export async function listFailedAccounts(db: Db, organizationId: string) {
  const accounts = await db.awsAccount.findMany({
    where: { organizationId, status: "error" },
    orderBy: [{ lastScanAt: "desc" }, { accountId: "asc" }],
    select: {
      id: true,
      accountId: true,
      name: true,
      lastError: true,
      lastScanAt: true,
      lastGoodScanAt: true,
    },
  });
  const results = await db.scanAccountResult.findMany({
    where: { organizationId, awsAccountId: { in: accounts.map((a) => a.id) }, status: "failed" },
    orderBy: [{ finishedAt: "desc" }],
    select: { awsAccountId: true, errorCode: true, scanId: true },
  });
  return accounts.map((a) => {
    const last = results.find((r) => r.awsAccountId === a.id);
    return { ...a, errorCode: last?.errorCode ?? null, scanId: last?.scanId ?? null };
  });
}

/** Trust-widening findings, newest first, and what the latest scan opened and resolved. */
export async function listRecentDrift(db: Db, organizationId: string, limit = 10) {
  const [findings, latest] = await Promise.all([
    db.finding.findMany({
      where: { organizationId, ruleId: "drift.trust-changed" },
      orderBy: [{ firstSeenAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true,
        title: true,
        severity: true,
        status: true,
        resourceArn: true,
        accountId: true,
        firstSeenAt: true,
        evidence: true,
      },
    }),
    getLatestPostureSnapshot(db, organizationId),
  ]);
  return {
    findings,
    latestScan: latest
      ? {
          scanId: latest.scanId,
          takenAt: latest.takenAt,
          newCount: latest.newCount,
          resolvedCount: latest.resolvedCount,
        }
      : null,
  };
}
