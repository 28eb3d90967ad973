import { type Db, queryPrepared } from "../client";

/**
 * The two writes every account of every scan makes, each one raw statement. At 1,000 accounts
 * Prisma compiled seven queries per account here (find scan, find account, mark running; two
 * updates, a group-by and an update to finish) — a large share of the worker's CPU per account.
 */

export type AccountScanStart = {
  scanStatus: string;
  cancelled: boolean;
  target: {
    id: string;
    accountId: string;
    name: string;
    regions: string[];
    auditRoleArn: string;
    remediationRoleArn: string | null;
    externalId: string;
  };
};

/**
 * Read the scan and the account's audit target (as getAccountScanTarget does: the account's own
 * ExternalId, else the organization's), and mark the account running unless the scan was
 * cancelled. Null when the scan or the account does not exist in this organization.
 */
export async function beginAccountScan(
  db: Db,
  input: { organizationId: string; scanId: string; awsAccountId: string; startedAt: Date },
): Promise<AccountScanStart | null> {
  const rows = await queryPrepared<
    AccountScanStart["target"] & { scanStatus: string; cancelRequestedAt: Date | null }
  >(
    db,
    "begin_account_scan",
    `WITH s AS (SELECT "status"::text AS "scanStatus", "cancelRequestedAt" FROM "scan"
                WHERE "id" = $1 AND "organizationId" = $2),
          a AS (SELECT a."id", a."accountId", a."name", a."regions", a."auditRoleArn", a."remediationRoleArn",
                       COALESCE(a."externalId", o."externalId") AS "externalId"
                FROM "aws_account" a JOIN "organization" o ON o."id" = a."organizationId"
                WHERE a."id" = $3 AND a."organizationId" = $2),
          started AS (UPDATE "scan_account_result"
                SET "status" = 'running', "phase" = 'assuming role', "progress" = 1, "startedAt" = $4::timestamp(3)
                WHERE "scanId" = $1 AND "awsAccountId" = $3 AND EXISTS (SELECT 1 FROM a)
                  AND EXISTS (SELECT 1 FROM s WHERE "cancelRequestedAt" IS NULL AND "scanStatus" <> 'cancelled'))
     SELECT s."scanStatus", s."cancelRequestedAt", a.* FROM s CROSS JOIN a`,
    [input.scanId, input.organizationId, input.awsAccountId, input.startedAt.toISOString()],
  );
  const row = rows[0];
  if (!row) return null;
  const { scanStatus, cancelRequestedAt, ...target } = row;
  return { scanStatus, cancelled: cancelRequestedAt !== null || scanStatus === "cancelled", target };
}

export type AccountOutcome = {
  status: "succeeded" | "failed" | "cancelled";
  itemsCollected?: number;
  apiCalls?: number;
  errorCode?: string | null;
  error?: string | null;
  warnings?: unknown[];
  finishedAt: Date;
};

/**
 * Record an account's outcome, its account row's health, and the scan's counters, in one
 * statement. Idempotent: the counters move by the difference between the result's previous
 * status and the new one (read under a row lock), so a retried finish counts once.
 */
export async function finishAccount(
  db: Db,
  organizationId: string,
  scanId: string,
  awsAccountId: string,
  outcome: AccountOutcome,
) {
  await queryPrepared(
    db,
    "finish_account",
    `WITH prev AS (SELECT "status" FROM "scan_account_result"
                   WHERE "scanId" = $1 AND "awsAccountId" = $2 AND "organizationId" = $3 FOR UPDATE),
          result AS (UPDATE "scan_account_result" SET "status" = $4::text::"AccountScanStatus", "progress" = 100,
                       "phase" = $4::text, "itemsCollected" = $5::int, "apiCalls" = $6::int, "errorCode" = $7::text,
                       "error" = $8::text, "warnings" = $9::jsonb, "finishedAt" = $10::timestamp(3)
                     WHERE "scanId" = $1 AND "awsAccountId" = $2 AND "organizationId" = $3),
          account AS (UPDATE "aws_account" SET "lastScanAt" = $10::timestamp(3), "updatedAt" = $10::timestamp(3),
                        "status" = CASE $4::text WHEN 'succeeded' THEN 'active'::"AwsAccountStatus"
                                   WHEN 'failed' THEN 'error'::"AwsAccountStatus" ELSE "status" END,
                        "lastError" = CASE $4::text WHEN 'succeeded' THEN NULL WHEN 'failed' THEN $11::text ELSE "lastError" END,
                        "lastGoodScanAt" = CASE $4::text WHEN 'succeeded' THEN $10::timestamp(3) ELSE "lastGoodScanAt" END
                      WHERE "id" = $2 AND "organizationId" = $3)
     UPDATE "scan" SET
       "accountsDone" = "accountsDone" + 1
         - (SELECT count(*) FROM prev WHERE "status" IN ('succeeded', 'failed', 'cancelled'))::int,
       "accountsFailed" = "accountsFailed" + (CASE WHEN $4::text = 'failed' THEN 1 ELSE 0 END)
         - (SELECT count(*) FROM prev WHERE "status" = 'failed')::int
     WHERE "id" = $1 AND EXISTS (SELECT 1 FROM prev)`,
    [
      scanId,
      awsAccountId,
      organizationId,
      outcome.status,
      outcome.itemsCollected ?? 0,
      outcome.apiCalls ?? 0,
      outcome.errorCode ?? null,
      outcome.error ?? null,
      JSON.stringify(outcome.warnings ?? []),
      // An ISO string cast to timestamp keeps the UTC wall time, as Prisma stores DateTime.
      outcome.finishedAt.toISOString(),
      outcome.error ?? "scan failed",
    ],
  );
}
