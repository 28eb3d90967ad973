import { ZSeverity } from "@trustwatch/core";
import { getLatestPostureSnapshot, openFindingCounts } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";

const ZCounts = z.object({
  critical: z.number().int(),
  high: z.number().int(),
  medium: z.number().int(),
  low: z.number().int(),
  info: z.number().int(),
});

export const ZGetSummaryOutput = z.object({
  /** Null before the first evaluated scan. */
  posture: z
    .object({
      score: z.number().int(),
      takenAt: z.date(),
      scanId: z.string(),
      newCount: z.number().int(),
      resolvedCount: z.number().int(),
    })
    .nullable(),
  /** Live counts of open findings (exceptions applied since the snapshot show here at once). */
  open: ZCounts,
  openTotal: z.number().int(),
  worstSeverity: ZSeverity.nullable(),
});

/** Posture score from the latest snapshot and open findings by severity. */
export const getSummaryProcedure = orgProcedure
  .input(z.void())
  .output(ZGetSummaryOutput)
  .query(async ({ ctx }) => {
    const [snapshot, open] = await Promise.all([
      getLatestPostureSnapshot(ctx.db, ctx.organizationId),
      openFindingCounts(ctx.db, ctx.organizationId),
    ]);
    const order = ["critical", "high", "medium", "low", "info"] as const;
    return {
      posture: snapshot
        ? {
            score: snapshot.score,
            takenAt: snapshot.takenAt,
            scanId: snapshot.scanId,
            newCount: snapshot.newCount,
            resolvedCount: snapshot.resolvedCount,
          }
        : null,
      open,
      openTotal: order.reduce((sum, s) => sum + open[s], 0),
      worstSeverity: order.find((s) => open[s] > 0) ?? null,
    };
  });
