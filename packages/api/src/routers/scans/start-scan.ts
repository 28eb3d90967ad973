import { TRPCError } from "@trpc/server";
import { createScan, ScanConflictError } from "@trustwatch/db";
import { enqueueScan } from "@trustwatch/jobs";
import { z } from "zod";
import { audit } from "../../audit";
import { checkScanStartRate } from "../../rest/rate-limit";
import { roleProcedure } from "../../trpc";

export const ZStartScanOutput = z.object({ scanId: z.string() });

/** Start a manual scan of every enabled account; one active scan per organization. */
export const startScan = roleProcedure("analyst")
  .input(z.void())
  .output(ZStartScanOutput)
  .mutation(async ({ ctx }) => {
    // Same per-organization limit as the REST endpoint: a runaway script or double clicks
    // cannot queue scan after scan.
    const rate = await checkScanStartRate(ctx.db, ctx.organizationId, ctx.now());
    if (!rate.ok) {
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: `Too many scans started in the last minute: try again in ${rate.retryAfterSeconds} s.`,
      });
    }
    let scan: Awaited<ReturnType<typeof createScan>>;
    try {
      scan = await createScan(ctx.db, ctx.organizationId, {
        trigger: "manual",
        requestedById: ctx.session.userId,
      });
    } catch (error) {
      if (error instanceof ScanConflictError) {
        throw new TRPCError({
          code: "CONFLICT",
          message:
            "A scan is already running for this organization: wait for it to finish or cancel it first.",
          cause: error,
        });
      }
      throw error;
    }
    await enqueueScan(ctx.queues(), { organizationId: ctx.organizationId, scanId: scan.id });
    await audit(ctx, "scan.start", { type: "scan", id: scan.id }, { after: { trigger: "manual" } });
    return { scanId: scan.id };
  });
