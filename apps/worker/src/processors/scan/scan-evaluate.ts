import { evaluate, postureScore } from "@trustwatch/core";
import {
  failUnfinishedAccounts,
  finishScan,
  getScan,
  listActiveExceptions,
  listIssuerReferences,
  listScanAccountResults,
  loadOrgInventory,
  loadPreviousInventory,
  openFindingCounts,
  reconcileFindings,
  recordPostureSnapshot,
  setScanPhase,
} from "@trustwatch/db";
import { enqueueScanNotification, JOB, parsePayload } from "@trustwatch/jobs";
import { type Job, UnrecoverableError } from "bullmq";
import { compactHeap } from "../../compact-heap";
import type { ProcessorDeps } from "../deps";
import { distinctIssuerUrls, probeUnobservedIssuers } from "./probe-issuers";

const FINISHED = new Set(["succeeded", "partial", "failed", "cancelled"]);

/**
 * scan.evaluate: after every account is done, probe the issuers, run the rule catalogue
 * over the org-wide inventory, reconcile findings by fingerprint, record a posture
 * snapshot and queue the Slack notification. Idempotent: a retry re-evaluates the same
 * inventory and reconciles to the same rows.
 */
export async function processScanEvaluate(job: Job, deps: ProcessorDeps) {
  const { organizationId, scanId } = parsePayload(JOB.scanEvaluate, job.data);
  const scan = await getScan(deps.db, organizationId, scanId);
  if (!scan) throw new UnrecoverableError(`scan ${scanId} not found`);
  if (FINISHED.has(scan.status)) return { status: scan.status };

  // A child that died without recording its outcome (e.g. the database was down on its last
  // attempt) must not leave the scan looking busy: it counts as failed.
  await failUnfinishedAccounts(deps.db, scanId, deps.now());
  const results = await listScanAccountResults(deps.db, scanId);
  const failed = results.filter((r) => r.status === "failed").length;
  if (scan.cancelRequestedAt) {
    // A cancelled scan's inventory is incomplete: do not resolve findings from it.
    await finishScan(deps.db, scanId, { status: "cancelled", finishedAt: deps.now() });
    return { status: "cancelled" };
  }

  await setScanPhase(deps.db, scanId, "probing issuers");
  const timer = phaseTimer((phase, ms) =>
    // Where a large scan's time and memory go, phase by phase (bench/scan-org.ts prints these).
    deps.logger.debug("scan phase", {
      scanId,
      phase,
      ms,
      ...memoryMb(),
    }),
  );
  // Only the issuer URLs are needed while probing: not the inventory of 50,000 roles. Account
  // jobs probed their own issuers already; what is left is what no account job covered.
  const issuerUrls = distinctIssuerUrls(await listIssuerReferences(deps.db, organizationId));
  timer.lap("loadMs");
  const issuersLeft = await probeUnobservedIssuers(deps, organizationId, scanId, issuerUrls);
  timer.lap("probeMs");
  const issuers = issuerUrls.length;

  await setScanPhase(deps.db, scanId, "evaluating");
  // Evaluation is the worker's memory peak: start it from a compacted heap rather than on top of
  // the garbage the account jobs left.
  compactHeap();
  const now = deps.now();
  const { findings, size } = await evaluateOrganization(deps, organizationId, scanId, now, timer);
  // The inventory is garbage now: reconciliation starts from what the findings need, not on top of it.
  compactHeap();
  const reconciled = await reconcileFindings(deps.db, organizationId, scanId, findings, now);
  timer.lap("reconcileMs");
  const counts = await openFindingCounts(deps.db, organizationId);
  await recordPostureSnapshot(deps.db, organizationId, scanId, {
    takenAt: now,
    score: postureScore(counts, size.roles + size.providers + size.clusters),
    counts,
    newCount: reconciled.newCount,
    resolvedCount: reconciled.resolvedCount,
  });

  const status =
    results.length > 0 && failed === results.length ? "failed" : failed > 0 ? "partial" : "succeeded";
  await finishScan(deps.db, scanId, {
    status,
    error: failed ? `${failed} of ${results.length} account(s) failed` : null,
    summary: {
      ...reconciled,
      issuers,
      issuersProbedAtEvaluation: issuersLeft,
      ...timer.laps,
      roles: size.roles,
      clusters: size.clusters,
    },
    finishedAt: deps.now(),
  });
  // Always: re-opened findings (alertedAt reset) are news too although newCount counts first
  // sightings only; notify.scan sends nothing when no open finding awaits an alert.
  await enqueueScanNotification(deps.queues, { organizationId, scanId });
  deps.logger.info("scan finished", { scanId, status, ...reconciled, ...timer.laps });
  return { status, ...reconciled };
}

/**
 * Load the org-wide inventory, its previous trust policies and the active exceptions, and run the
 * rule catalogue. Its own function so the inventory (50,000 roles at 1,000 accounts) is garbage
 * before the findings are reconciled: only the findings and the sizes leave it.
 */
async function evaluateOrganization(
  deps: ProcessorDeps,
  organizationId: string,
  scanId: string,
  now: Date,
  timer: ReturnType<typeof phaseTimer>,
) {
  const inventory = await loadOrgInventory(deps.db, organizationId);
  const previous = await loadPreviousInventory(deps.db, organizationId, scanId, inventory);
  const exceptions = await listActiveExceptions(deps.db, organizationId);
  timer.lap("reloadMs");
  const findings = evaluate(inventory, { now, previous, exceptions });
  timer.lap("evaluationMs");
  const size = {
    roles: inventory.roles.length,
    providers: inventory.providers.length,
    clusters: inventory.clusters.length,
  };
  return { findings, size };
}

/** Resident set and V8 heap (used, reserved) in MB: where a phase's memory is. */
function memoryMb() {
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 2 ** 20);
  return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal) };
}

/** Milliseconds per phase, recorded in the scan summary so slow phases are visible. */
function phaseTimer(onLap: (name: string, ms: number) => void) {
  let last = performance.now();
  const laps: Record<string, number> = {};
  return {
    laps,
    lap(name: string) {
      const now = performance.now();
      laps[name] = Math.round(now - last);
      last = now;
      onLap(name, laps[name]);
    },
  };
}
