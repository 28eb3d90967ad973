import { TRPCError } from "@trpc/server";
import { disableAwsAccount, getAwsAccount } from "@trustwatch/db";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { toAccount, ZAccount, ZAccountRef } from "./schemas";

/** Soft removal: the account is disabled (no longer scanned); its inventory and history stay. */
export const removeAccount = roleProcedure("admin")
  .input(ZAccountRef)
  .output(ZAccount)
  .mutation(async ({ ctx, input }) => {
    const before = await getAwsAccount(ctx.db, ctx.organizationId, input.id);
    if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "Account not found" });
    const after = await disableAwsAccount(ctx.db, ctx.organizationId, input.id);
    if (!after) throw new TRPCError({ code: "NOT_FOUND", message: "Account not found" });
    const result = toAccount(after);
    await audit(
      ctx,
      "account.remove",
      { type: "aws_account", id: input.id },
      { before: toAccount(before), after: result },
    );
    return result;
  });
