import { listScanHistory } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { scanDurationMs, ZScanStatus, ZScanTrigger } from "./schemas";

export const ZScanHistoryItem = z.object({
  id: z.string(),
  status: ZScanStatus,
  trigger: ZScanTrigger,
  phase: z.string(),
  requestedBy: z.string().nullable(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  durationMs: z.number(),
  accountsTotal: z.number().int(),
  accountsDone: z.number().int(),
  accountsFailed: z.number().int(),
  error: z.string().nullable(),
  failedAccounts: z.array(
    z.object({ accountId: z.string(), name: z.string(), error: z.string().nullable() }),
  ),
  newFindings: z.number().int().nullable(),
  resolvedFindings: z.number().int().nullable(),
});
export type ScanHistoryItem = z.infer<typeof ZScanHistoryItem>;

/** The newest scans: status, duration, failed accounts and the findings each opened and resolved. */
export const listScanHistoryProcedure = orgProcedure
  .input(z.object({ limit: z.number().int().min(1).max(100).default(20) }).optional())
  .output(z.array(ZScanHistoryItem))
  .query(async ({ ctx, input }) => {
    const scans = await listScanHistory(ctx.db, ctx.organizationId, input?.limit ?? 20);
    const now = ctx.now();
    return scans.map((s) => ({
      id: s.id,
      status: s.status,
      trigger: s.trigger,
      phase: s.phase,
      requestedBy: s.requestedBy,
      createdAt: s.createdAt,
      startedAt: s.startedAt,
      finishedAt: s.finishedAt,
      durationMs: scanDurationMs(s, now),
      accountsTotal: s.accountsTotal,
      accountsDone: s.accountsDone,
      accountsFailed: s.accountsFailed,
      error: s.error,
      failedAccounts: s.failedAccounts,
      newFindings: s.newFindings,
      resolvedFindings: s.resolvedFindings,
    }));
  });
