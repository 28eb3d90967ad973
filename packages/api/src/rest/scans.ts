import {
  createScan,
  type Db,
  finishScan,
  getScanProgress,
  ScanConflictError,
  writeAuditLog,
} from "@trustwatch/db";
import { enqueueScan, type Queues } from "@trustwatch/jobs";
import { z } from "zod";
import { authenticateRequest } from "./authenticate";
import type { RestOptions } from "./findings";
import { checkScanStartRate, SCAN_START_LIMIT } from "./rate-limit";
import { MAX_BODY_BYTES, readBodyText } from "./read-body";
import { jsonError, jsonOk } from "./responses";

/** No options yet; unknown keys are refused so a typo is not silently ignored. */
const ZStartScanBody = z.object({}).strict();

function scanJson(scan: NonNullable<Awaited<ReturnType<typeof getScanProgress>>>) {
  return {
    id: scan.id,
    status: scan.status,
    phase: scan.phase,
    trigger: scan.trigger,
    accountsTotal: scan.accountsTotal,
    accountsDone: scan.accountsDone,
    accountsFailed: scan.accountsFailed,
    error: scan.error,
    createdAt: scan.createdAt.toISOString(),
    startedAt: scan.startedAt?.toISOString() ?? null,
    finishedAt: scan.finishedAt?.toISOString() ?? null,
    accounts: scan.accountResults.map((r) => ({
      accountId: r.awsAccount.accountId,
      name: r.awsAccount.name,
      status: r.status,
      progress: r.progress,
      error: r.error,
    })),
  };
}

/** `POST /api/v1/scans` for a token with the scan scope: create the scan and enqueue it (202). */
export async function handleStartScan(
  db: Db,
  queues: () => Queues,
  request: Request,
  options: RestOptions = {},
): Promise<Response> {
  const now = options.now?.() ?? new Date();
  const auth = await authenticateRequest(db, request, "scan", now);
  if (!auth.ok) return auth.response;
  const text = await readBodyText(request);
  if (text === null)
    return jsonError(413, "payload_too_large", `The body must be at most ${MAX_BODY_BYTES} bytes`);
  if (text.trim()) {
    if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
      return jsonError(415, "unsupported_media_type", "Send the body as application/json");
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return jsonError(400, "bad_request", "The body is not valid JSON");
    }
    const body = ZStartScanBody.safeParse(json);
    if (!body.success)
      return jsonError(400, "bad_request", `Invalid body: ${body.error.issues[0]?.message ?? "invalid"}`);
  }
  const organizationId = auth.token.organizationId;
  const rate = await checkScanStartRate(db, organizationId, now);
  if (!rate.ok) {
    return jsonError(
      429,
      "rate_limited",
      `At most ${SCAN_START_LIMIT.max} scans per minute per organization`,
      {
        "retry-after": String(rate.retryAfterSeconds),
      },
    );
  }
  let scan: Awaited<ReturnType<typeof createScan>>;
  try {
    scan = await createScan(db, organizationId, { trigger: "api" });
  } catch (error) {
    if (error instanceof ScanConflictError) {
      return jsonError(409, "scan_in_progress", error.message, {
        location: `/api/v1/scans/${error.activeScanId}`,
      });
    }
    throw error;
  }
  try {
    await enqueueScan(queues(), { organizationId, scanId: scan.id });
  } catch (error) {
    // A queued row nobody will pick up would block every later scan: fail it visibly instead.
    await finishScan(db, scan.id, {
      status: "failed",
      error: "could not enqueue the scan",
      finishedAt: new Date(),
    });
    console.error("REST scan start: enqueue failed", error);
    return jsonError(503, "unavailable", "The scan queue is unavailable; try again shortly");
  }
  await writeAuditLog(db, {
    organizationId,
    actorType: "token",
    actorId: auth.token.id,
    action: "scan.start",
    targetType: "scan",
    targetId: scan.id,
    after: { trigger: "api", tokenName: auth.token.name },
  });
  return jsonOk(
    { id: scan.id, status: scan.status, url: `/api/v1/scans/${scan.id}` },
    { status: 202, headers: { location: `/api/v1/scans/${scan.id}` } },
  );
}

/** `GET /api/v1/scans/:id`: a scan's progress, per account. Another organization's scan is a 404. */
export async function handleGetScan(
  db: Db,
  _queues: () => Queues,
  request: Request,
  scanId: string,
  options: RestOptions = {},
): Promise<Response> {
  const now = options.now?.() ?? new Date();
  const auth = await authenticateRequest(db, request, "read", now);
  if (!auth.ok) return auth.response;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(scanId)) return jsonError(404, "not_found", "Scan not found");
  const scan = await getScanProgress(db, auth.token.organizationId, scanId);
  if (!scan) return jsonError(404, "not_found", "Scan not found");
  return jsonOk(scanJson(scan));
}
