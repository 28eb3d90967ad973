import { TRPCError } from "@trpc/server";
import { revokeException } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { ACTION_MIN_ROLE } from "../../roles";
import { roleProcedure } from "../../trpc";
import { toExceptionRow, ZExceptionRow } from "./schemas";

export const ZRevokeExceptionInput = z.object({ id: z.string().min(1).max(64) });
export const ZRevokeExceptionOutput = z.object({ exception: ZExceptionRow, reopenedCount: z.number().int() });

/** Revoke an exception; the findings it suppressed re-open at once. Idempotent. */
export const revokeExceptionProcedure = roleProcedure(ACTION_MIN_ROLE["exception.manage"])
  .input(ZRevokeExceptionInput)
  .output(ZRevokeExceptionOutput)
  .mutation(async ({ ctx, input }) => {
    const result = await revokeException(ctx.db, ctx.organizationId, input.id, ctx.now());
    if (!result) throw new TRPCError({ code: "NOT_FOUND", message: "Exception not found" });
    const exception = toExceptionRow(result.exception, null);
    if (!result.before.revokedAt) {
      await audit(
        ctx,
        "exception.revoke",
        { type: "exception", id: exception.id },
        {
          before: toExceptionRow(result.before, null),
          after: { ...exception, reopenedCount: result.reopenedCount },
        },
      );
    }
    return { exception, reopenedCount: result.reopenedCount };
  });
