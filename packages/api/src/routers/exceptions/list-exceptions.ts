import { listExceptions } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { toExceptionRow, ZExceptionRow } from "./schemas";

export const ZListExceptionsInput = z
  .object({
    state: z.enum(["active", "inactive", "all"]).default("all"),
    ruleId: z.string().min(1).max(100).optional(),
  })
  .default({ state: "all" });

export const ZListExceptionsOutput = z.object({ items: z.array(ZExceptionRow) });

/** The organization's exceptions, newest first, with how many findings each suppresses. */
export const listExceptionsProcedure = orgProcedure
  .input(ZListExceptionsInput)
  .output(ZListExceptionsOutput)
  .query(async ({ ctx, input }) => {
    const rows = await listExceptions(ctx.db, ctx.organizationId, {
      state: input.state,
      ...(input.ruleId ? { ruleId: input.ruleId } : {}),
      now: ctx.now(),
    });
    return { items: rows.map((r) => toExceptionRow(r, r.suppressedCount)) };
  });
