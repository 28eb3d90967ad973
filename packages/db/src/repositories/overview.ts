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

type RankedRole = { resourceArn: string; total: number } & Record<Severity, number>;

/**
 * Roles with the most (and worst) open findings, worst first: score, then count, then ARN (in
 * the database's collation). Ranked in SQL: an organization can have a hundred thousand open
 * findings, and shipping one group per role to JavaScript to keep the top five took seconds.
 * On a vacuumed table the (organizationId, status, resourceType, resourceArn, severity) index
 * lets PostgreSQL aggregate role after role from the index alone, without hashing them all.
 */
export async function listTopRiskyRoles(db: Db, organizationId: string, limit = 5) {
  const ranked = await db.$queryRaw<RankedRole[]>`
    SELECT "resourceArn", critical, high, medium, low, info, total FROM (
      SELECT "resourceArn",
        (count(*) FILTER (WHERE severity = 'critical'))::int AS critical,
        (count(*) FILTER (WHERE severity = 'high'))::int AS high,
        (count(*) FILTER (WHERE severity = 'medium'))::int AS medium,
        (count(*) FILTER (WHERE severity = 'low'))::int AS low,
        (count(*) FILTER (WHERE severity = 'info'))::int AS info,
        count(*)::int AS total
      FROM finding
      WHERE "organizationId" = ${organizationId} AND status = 'open' AND "resourceType" = 'role'
      GROUP BY "resourceArn"
    ) r
    ORDER BY critical * ${WEIGHT.critical}::int + high * ${WEIGHT.high}::int + medium * ${WEIGHT.medium}::int
        + low * ${WEIGHT.low}::int + info * ${WEIGHT.info}::int DESC,
      total DESC, "resourceArn" ASC
    LIMIT ${limit}::int`;
  const roles = ranked.length
    ? await db.iamRole.findMany({
        where: { organizationId, arn: { in: ranked.map((r) => r.resourceArn) } },
        select: { id: true, arn: true, name: true, accountId: true },
      })
    : [];
  const roleByArn = new Map(roles.map((r) => [r.arn, r]));
  return ranked.map(({ resourceArn: arn, total, ...counts }) => {
    const role = roleByArn.get(arn);
    return {
      roleArn: arn,
      roleId: role?.id ?? null,
      name: role?.name ?? arn.split("/").pop() ?? arn,
      accountId: role?.accountId ?? arn.split(":")[4] ?? "",
      openCount: total,
      worstSeverity: ORDER.find((s) => counts[s] > 0) ?? "info",
      counts: {
        critical: counts.critical,
        high: counts.high,
        medium: counts.medium,
        low: counts.low,
        info: counts.info,
      },
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
