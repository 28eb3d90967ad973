import { TRPCError } from "@trpc/server";
import { getRule } from "@trustwatch/core";
import { createException } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { ACTION_MIN_ROLE } from "../../roles";
import { roleProcedure } from "../../trpc";
import { toExceptionRow, ZExceptionRow } from "./schemas";

/** Exceptions are reviewed at least yearly: a longer expiry is refused. */
export const MAX_EXCEPTION_DAYS = 366;

export const ZCreateExceptionInput = z.object({
  ruleId: z.string().min(1).max(100),
  /** A resource ARN, or a glob with `*` / `?` over ARNs (arn:aws:iam::123456789012:role/ci-*). */
  resourcePattern: z
    .string()
    .trim()
    .min(1)
    .max(2048)
    .regex(/^arn:[^\s]+$/, "Enter an ARN or an ARN glob"),
  owner: z.string().trim().min(1).max(200),
  reason: z.string().trim().min(3).max(2000),
  expiresAt: z.coerce.date(),
});

export const ZCreateExceptionOutput = z.object({
  exception: ZExceptionRow,
  suppressedCount: z.number().int(),
});

/** Allow-list a rule on a resource (or ARN glob) until an expiry; covered open findings are suppressed now. */
export const createExceptionProcedure = roleProcedure(ACTION_MIN_ROLE["exception.manage"])
  .input(ZCreateExceptionInput)
  .output(ZCreateExceptionOutput)
  .mutation(async ({ ctx, input }) => {
    if (!getRule(input.ruleId))
      throw new TRPCError({ code: "BAD_REQUEST", message: `Unknown rule ${input.ruleId}` });
    const now = ctx.now();
    if (input.expiresAt.getTime() <= now.getTime()) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "The expiry must be in the future" });
    }
    if (input.expiresAt.getTime() > now.getTime() + MAX_EXCEPTION_DAYS * 86_400_000) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "An exception can last at most one year" });
    }
    const { exception, suppressedCount } = await createException(
      ctx.db,
      ctx.organizationId,
      { ...input, createdById: ctx.session.userId },
      now,
    );
    const row = toExceptionRow(exception, suppressedCount);
    await audit(
      ctx,
      "exception.create",
      { type: "exception", id: exception.id },
      { after: { ...row, suppressedCount } },
    );
    return { exception: row, suppressedCount };
  });
