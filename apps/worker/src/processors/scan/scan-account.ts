import { CallCounter, classifyAwsError, collectAccount } from "@trustwatch/aws";
import { trustSubjectRows } from "@trustwatch/core";
import {
  beginAccountScan,
  finishAccount,
  persistAccountSnapshot,
  updateAccountProgress,
} from "@trustwatch/db";
import { JOB, parsePayload } from "@trustwatch/jobs";
import { type Job, UnrecoverableError } from "bullmq";
import type { ProcessorDeps } from "../deps";
import { accountIssuerUrls, probeUnobservedIssuers } from "./probe-issuers";

/**
 * Progress rows are for people watching: at most one write a second per account. A typical
 * account finishes in well under a second, and at 1,000 accounts five writes each were a
 * fifth of the scan's database statements.
 */
const PROGRESS_INTERVAL_MS = 1_000;

/** Failures a retry cannot fix end the account's part with a clear error; the scan goes on. */
const FINAL_KINDS = new Set(["access-denied", "invalid", "not-found"]);

/**
 * scan.account: assume the account's audit role, collect IAM once and EKS per region,
 * persist with batched upserts. Idempotent: a retry (or a restarted worker) re-collects
 * and reaches the same rows. Transient errors are thrown for BullMQ to retry with backoff;
 * on the last attempt the account is recorded as failed so evaluation still runs.
 */
export async function processScanAccount(job: Job, deps: ProcessorDeps): Promise<{ status: string }> {
  const { organizationId, scanId, awsAccountId } = parsePayload(JOB.scanAccount, job.data);
  // One statement: the scan, the account's audit target, and the account marked running.
  const start = await beginAccountScan(deps.db, {
    organizationId,
    scanId,
    awsAccountId,
    startedAt: deps.now(),
  });
  if (!start) throw new UnrecoverableError(`scan ${scanId} or account ${awsAccountId} not found`);
  const { target } = start;
  if (start.cancelled) {
    await finishAccount(deps.db, organizationId, scanId, awsAccountId, {
      status: "cancelled",
      finishedAt: deps.now(),
    });
    return { status: "cancelled" };
  }

  let lastProgressAt = performance.now();
  const progress = async (phase: string, percent: number) => {
    if (performance.now() - lastProgressAt < PROGRESS_INTERVAL_MS) return;
    lastProgressAt = performance.now();
    await updateAccountProgress(deps.db, scanId, awsAccountId, { phase, progress: percent });
  };
  const counter = new CallCounter();
  // Per-phase timings in a debug line: where an account's time goes (AWS vs PostgreSQL).
  const started = performance.now();
  try {
    const credentials = await deps.assumer.assume({
      roleArn: target.auditRoleArn,
      externalId: target.externalId,
      sessionName: `trustwatch-scan-${scanId}`,
    });
    const inventory = await collectAccount({
      accountId: target.accountId,
      regions: target.regions,
      credentials,
      endpoint: deps.aws.endpoint,
      requestHandler: deps.aws.requestHandler,
      counter,
      describeConcurrency: deps.aws.describeConcurrency,
      onProgress: progress,
    });
    const collectedAt = performance.now();
    const failedRegions = new Set(inventory.warnings.flatMap((w) => (w.region ? [w.region] : [])));
    await progress("saving", 95);
    // The snapshot (PostgreSQL) and the account's issuer probes (HTTPS) wait on different things:
    // side by side. Probing is best effort (evaluation probes whatever is still unobserved), so
    // only the snapshot can fail the account; both are idempotent, so a retry redoes no harm.
    const since = (t: number) => Math.round(performance.now() - t);
    const [{ rows, persistMs }, probed] = await Promise.all([
      persistAccountSnapshot(deps.db, {
        organizationId,
        awsAccountId,
        scanId,
        seenAt: deps.now(),
        completeRegions: target.regions.filter((r) => !failedRegions.has(r)),
        ...inventory,
        trustSubjects: inventory.roles.map((r) => ({
          roleArn: r.arn,
          rows: trustSubjectRows(r.trustPolicy),
        })),
      }).then((r) => ({ rows: r.rows, persistMs: since(collectedAt) })),
      probeUnobservedIssuers(deps, organizationId, scanId, accountIssuerUrls(inventory)).then(
        (n) => ({ issuers: n, ms: since(collectedAt) }),
        (error: Error) => {
          deps.logger.warn("issuer probes left to evaluation", {
            scanId,
            accountId: target.accountId,
            error: error.message,
          });
          return { issuers: 0, ms: since(collectedAt) };
        },
      ),
    ]);
    await finishAccount(deps.db, organizationId, scanId, awsAccountId, {
      status: "succeeded",
      itemsCollected: rows,
      apiCalls: counter.total,
      warnings: inventory.warnings,
      finishedAt: deps.now(),
    });
    deps.logger.debug("account scanned", {
      scanId,
      accountId: target.accountId,
      apiCalls: counter.total,
      rows,
      collectMs: Math.round(collectedAt - started),
      persistMs,
      probeMs: probed.ms,
      issuersProbed: probed.issuers,
      totalMs: since(started),
    });
    return { status: "succeeded" };
  } catch (error) {
    const c = classifyAwsError(error);
    const attempts = job.opts.attempts ?? 1;
    const lastAttempt = job.attemptsMade + 1 >= attempts;
    if (!FINAL_KINDS.has(c.kind) && !lastAttempt) {
      deps.logger.warn("account scan will retry", {
        scanId,
        accountId: target.accountId,
        code: c.code,
        attempt: job.attemptsMade + 1,
      });
      await updateAccountProgress(deps.db, scanId, awsAccountId, { phase: `retrying after ${c.code}` });
      throw error;
    }
    // The account's last good inventory stays: nothing was marked gone.
    await finishAccount(deps.db, organizationId, scanId, awsAccountId, {
      status: "failed",
      apiCalls: counter.total,
      errorCode: c.code,
      error: describeFailure(c.kind, c.code, c.message, target.auditRoleArn),
      finishedAt: deps.now(),
    });
    return { status: "failed" };
  }
}

function describeFailure(kind: string, code: string, message: string, roleArn: string): string {
  if (kind === "access-denied") {
    return `${code}: cannot use audit role ${roleArn} — check that its trust policy allows Trustwatch with this organization's ExternalId (${message})`;
  }
  if (kind === "throttled") return `${code}: AWS kept throttling after all retries (${message})`;
  return `${code}: ${message}`;
}
