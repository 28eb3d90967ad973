import { TRPCError } from "@trpc/server";
import { getAwsAccount, updateAwsAccount } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { accountOfRoleArn, ZRegions, ZRoleArn } from "../../onboarding/validation";
import { roleProcedure } from "../../trpc";
import { toAccount, ZAccount } from "./schemas";

export const ZUpdateAccountInput = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(100).optional(),
  auditRoleArn: ZRoleArn.optional(),
  remediationRoleArn: ZRoleArn.nullable().optional(),
  regions: ZRegions.optional(),
});

export const updateAccount = roleProcedure("admin")
  .input(ZUpdateAccountInput)
  .output(ZAccount)
  .mutation(async ({ ctx, input }) => {
    const before = await getAwsAccount(ctx.db, ctx.organizationId, input.id);
    if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "Account not found" });
    const { id, ...patch } = input;
    for (const arn of [patch.auditRoleArn, patch.remediationRoleArn]) {
      if (arn && accountOfRoleArn(arn) !== before.accountId) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `The role must be in account ${before.accountId}`,
        });
      }
    }
    const after = await updateAwsAccount(ctx.db, ctx.organizationId, id, patch);
    if (!after) throw new TRPCError({ code: "NOT_FOUND", message: "Account not found" });
    const result = toAccount(after);
    await audit(
      ctx,
      "account.update",
      { type: "aws_account", id },
      { before: toAccount(before), after: result },
    );
    return result;
  });
