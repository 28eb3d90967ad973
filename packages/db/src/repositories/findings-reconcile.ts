import type { Finding } from "@trustwatch/core";
import { type Db, queryPrepared } from "../client";
import { toCoreException } from "./exceptions";
import { bulkUpsert, type UpsertSpec } from "./internal/bulk-upsert";

export type ReconcileResult = {
  newCount: number;
  openCount: number;
  suppressedCount: number;
  resolvedCount: number;
};

const RECONCILE_BATCH = 1_000;

const FINDING_UPSERT: UpsertSpec = {
  table: "finding",
  columns: {
    organizationId: "text",
    ruleId: "text",
    severity: "text",
    fingerprint: "text",
    status: "text",
    resourceType: "text",
    resourceArn: "text",
    accountId: "text",
    title: "text",
    evidence: "jsonb",
    firstSeenAt: "timestamp",
    lastSeenAt: "timestamp",
    resolvedAt: "timestamp",
    firstScanId: "text",
    lastScanId: "text",
    suppressedByExceptionId: "text",
    alertedAt: "timestamp",
  },
  conflict: ["organizationId", "fingerprint"],
  insertOnly: ["firstSeenAt", "firstScanId"],
  updateExpressions: {
    // a finding that comes back after being resolved is a new occurrence: alert again
    alertedAt: `CASE WHEN "finding"."status" = 'resolved' THEN NULL ELSE "finding"."alertedAt" END`,
  },
  // enum columns arrive as text from the recordset
  castOnInsert: { severity: `"Severity"`, status: `"FindingStatus"` },
};

/**
 * Reconcile this scan's findings with the stored ones by fingerprint: new rows are
 * created, ones seen again are refreshed (a resolved one re-opens), and open ones not
 * seen are resolved — never deleted. Idempotent for a retried evaluation of the same scan.
 */
export async function reconcileFindings(
  db: Db,
  organizationId: string,
  scanId: string,
  findings: Finding[],
  now: Date,
): Promise<ReconcileResult> {
  const unique = dedupeByFingerprint(findings);
  const toRow = (f: Finding) => ({
    organizationId,
    ruleId: f.ruleId,
    severity: f.severity,
    fingerprint: f.fingerprint,
    status: f.suppressedBy ? "suppressed" : "open",
    resourceType: f.resourceType,
    resourceArn: f.resourceArn,
    accountId: f.accountId,
    title: f.title,
    evidence: f.evidence,
    firstSeenAt: now,
    lastSeenAt: now,
    resolvedAt: null,
    firstScanId: scanId,
    lastScanId: scanId,
    suppressedByExceptionId: f.suppressedBy ?? null,
    alertedAt: null,
  });
  // Rows are built a batch at a time (not 60,000 at once next to the findings), and two batches
  // are in flight so PostgreSQL works on one while the next is serialised. Batches never share a
  // fingerprint (deduplicated above), so they cannot wait on each other's rows.
  let next = 0;
  const lane = async () => {
    while (next < unique.length) {
      const batch = unique.slice(next, next + RECONCILE_BATCH);
      next += RECONCILE_BATCH;
      await bulkUpsert(db, { ...FINDING_UPSERT, rows: batch.map(toRow) });
    }
  };
  await Promise.all([lane(), lane()]);
  const resolved = await db.finding.updateMany({
    where: { organizationId, status: { in: ["open", "suppressed"] }, NOT: { lastScanId: scanId } },
    data: { status: "resolved", resolvedAt: now },
  });
  // The three counts in one pass over the organization's findings (three counts were three scans).
  const [counts] = await queryPrepared<Omit<ReconcileResult, "resolvedCount">>(
    db,
    "reconcile_counts",
    `SELECT count(*) FILTER (WHERE "firstScanId" = $2)::int AS "newCount",
            count(*) FILTER (WHERE "lastScanId" = $2 AND "status" = 'open')::int AS "openCount",
            count(*) FILTER (WHERE "lastScanId" = $2 AND "status" = 'suppressed')::int AS "suppressedCount"
     FROM "finding" WHERE "organizationId" = $1 AND ("firstScanId" = $2 OR "lastScanId" = $2)`,
    [organizationId, scanId],
  );
  return {
    newCount: counts?.newCount ?? 0,
    openCount: counts?.openCount ?? 0,
    suppressedCount: counts?.suppressedCount ?? 0,
    resolvedCount: resolved.count,
  };
}

function dedupeByFingerprint(findings: Finding[]): Finding[] {
  const byFingerprint = new Map<string, Finding>();
  for (const f of findings) byFingerprint.set(f.fingerprint, f);
  return [...byFingerprint.values()];
}

export async function openFindingCounts(db: Db, organizationId: string) {
  const groups = await db.finding.groupBy({
    by: ["severity"],
    where: { organizationId, status: "open" },
    _count: { _all: true },
  });
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const g of groups) counts[g.severity] = g._count._all;
  return counts;
}

export async function recordPostureSnapshot(
  db: Db,
  organizationId: string,
  scanId: string,
  data: {
    takenAt: Date;
    score: number;
    counts: Record<"critical" | "high" | "medium" | "low" | "info", number>;
    newCount: number;
    resolvedCount: number;
  },
) {
  const row = {
    organizationId,
    takenAt: data.takenAt,
    score: data.score,
    ...data.counts,
    newCount: data.newCount,
    resolvedCount: data.resolvedCount,
  };
  await db.postureSnapshot.upsert({ where: { scanId }, create: { scanId, ...row }, update: row });
}

/** The organization's unrevoked exceptions in core's model (`evaluate` skips expired ones itself). */
export async function listActiveExceptions(db: Db, organizationId: string) {
  const rows = await db.findingException.findMany({ where: { organizationId, revokedAt: null } });
  return rows.map(toCoreException);
}
