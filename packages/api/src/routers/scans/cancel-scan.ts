import { TRPCError } from "@trpc/server";
import { getScan, requestScanCancel } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { ZScanRef } from "./schemas";

/**
 * Ask a running scan to stop: accounts not started yet are skipped and evaluation runs on
 * what was collected. Cancelling a finished scan is refused (BAD_REQUEST), not ignored.
 */
export const cancelScan = roleProcedure("analyst")
  .input(ZScanRef)
  .output(z.object({ scanId: z.string(), cancelRequestedAt: z.date() }))
  .mutation(async ({ ctx, input }) => {
    const scan = await getScan(ctx.db, ctx.organizationId, input.scanId);
    if (!scan) throw new TRPCError({ code: "NOT_FOUND", message: "Scan not found" });
    const now = ctx.now();
    const isRequested = await requestScanCancel(ctx.db, ctx.organizationId, scan.id, now);
    if (!isRequested)
      throw new TRPCError({ code: "BAD_REQUEST", message: `The scan already ended (${scan.status})` });
    await audit(
      ctx,
      "scan.cancel",
      { type: "scan", id: scan.id },
      { before: { status: scan.status }, after: { cancelRequestedAt: now } },
    );
    return { scanId: scan.id, cancelRequestedAt: now };
  });
