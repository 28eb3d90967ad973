import { listPostureTrend } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";

export const ZGetTrendInput = z
  .object({ limit: z.number().int().min(2).max(30).default(30) })
  .default({ limit: 30 });
export const ZTrendPoint = z.object({
  scanId: z.string(),
  takenAt: z.date(),
  score: z.number().int(),
  critical: z.number().int(),
  high: z.number().int(),
  medium: z.number().int(),
  low: z.number().int(),
  info: z.number().int(),
  newCount: z.number().int(),
  resolvedCount: z.number().int(),
});
export const ZGetTrendOutput = z.object({ points: z.array(ZTrendPoint) });
export type TrendPoint = z.infer<typeof ZTrendPoint>;

/** One point per evaluated scan (the last 30), oldest first. */
export const getTrendProcedure = orgProcedure
  .input(ZGetTrendInput)
  .output(ZGetTrendOutput)
  .query(async ({ ctx, input }) => {
    const rows = await listPostureTrend(ctx.db, ctx.organizationId, input.limit);
    return {
      points: rows.map((r) => ({
        scanId: r.scanId,
        takenAt: r.takenAt,
        score: r.score,
        critical: r.critical,
        high: r.high,
        medium: r.medium,
        low: r.low,
        info: r.info,
        newCount: r.newCount,
        resolvedCount: r.resolvedCount,
      })),
    };
  });
