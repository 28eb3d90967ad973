import { TRPCError } from "@trpc/server";
import { getActiveScan, getScanProgress } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { isScanFinished, scanDurationMs, ZScanStatus, ZScanTrigger } from "./schemas";

const ZAccountProgress = z.object({
  awsAccountId: z.string(),
  accountId: z.string(),
  name: z.string(),
  status: z.enum(["pending", "running", "succeeded", "failed", "cancelled"]),
  phase: z.string().nullable(),
  progress: z.number().int(),
  itemsCollected: z.number().int(),
  apiCalls: z.number().int(),
  errorCode: z.string().nullable(),
  error: z.string().nullable(),
  warnings: z.array(z.string()),
});

export const ZScanProgress = z.object({
  scanId: z.string(),
  status: ZScanStatus,
  trigger: ZScanTrigger,
  phase: z.string(),
  isFinished: z.boolean(),
  cancelRequested: z.boolean(),
  accountsTotal: z.number().int(),
  accountsDone: z.number().int(),
  accountsFailed: z.number().int(),
  /** 0–100 over the accounts; evaluation holds it at 99 until the scan ends. */
  progress: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  durationMs: z.number(),
  accounts: z.array(ZAccountProgress),
});
export type ScanProgress = z.infer<typeof ZScanProgress>;

/** Collector warnings are objects ({ service, region, code, message }); the page shows one line each. */
function warningLines(warnings: unknown): string[] {
  if (!Array.isArray(warnings)) return [];
  return warnings.map((w) => {
    if (typeof w === "string") return w;
    const o = (w ?? {}) as Record<string, unknown>;
    const where = [o.service, o.region, o.code].filter((v) => typeof v === "string").join(" ");
    const message = typeof o.message === "string" ? o.message : JSON.stringify(w);
    return where ? `${where}: ${message}` : message;
  });
}

/** A scan's progress, overall and per account: the one given, or else the active one (null if none). */
export const getScanProgressProcedure = orgProcedure
  .input(z.object({ scanId: z.string().min(1).max(64).optional() }).optional())
  .output(ZScanProgress.nullable())
  .query(async ({ ctx, input }) => {
    let scanId = input?.scanId;
    if (!scanId) {
      const active = await getActiveScan(ctx.db, ctx.organizationId);
      if (!active) return null;
      scanId = active.id;
    }
    const scan = await getScanProgress(ctx.db, ctx.organizationId, scanId);
    if (!scan) throw new TRPCError({ code: "NOT_FOUND", message: "Scan not found" });
    const isFinished = isScanFinished(scan.status);
    const perAccount = scan.accountResults.map((r) => r.progress);
    const average = perAccount.length ? perAccount.reduce((a, b) => a + b, 0) / perAccount.length : 0;
    return {
      scanId: scan.id,
      status: scan.status,
      trigger: scan.trigger,
      phase: scan.phase,
      isFinished,
      cancelRequested: scan.cancelRequestedAt !== null,
      accountsTotal: scan.accountsTotal,
      accountsDone: scan.accountsDone,
      accountsFailed: scan.accountsFailed,
      progress: isFinished ? 100 : Math.min(99, Math.floor(average)),
      error: scan.error,
      createdAt: scan.createdAt,
      startedAt: scan.startedAt,
      finishedAt: scan.finishedAt,
      durationMs: scanDurationMs(scan, ctx.now()),
      accounts: scan.accountResults.map((r) => ({
        awsAccountId: r.awsAccountId,
        accountId: r.awsAccount.accountId,
        name: r.awsAccount.name,
        status: r.status,
        phase: r.phase,
        progress: r.progress,
        itemsCollected: r.itemsCollected,
        apiCalls: r.apiCalls,
        errorCode: r.errorCode,
        error: r.error,
        warnings: warningLines(r.warnings),
      })),
    };
  });
