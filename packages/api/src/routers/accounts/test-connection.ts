import { TRPCError } from "@trpc/server";
import { getAwsAccount } from "@trustwatch/db";
import { runAccountTest } from "@trustwatch/jobs";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { ZAccountRef } from "./schemas";

export const ZConnectionTestResult = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), accountId: z.string(), arn: z.string() }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string() }),
]);
export type ConnectionTestResult = z.infer<typeof ZConnectionTestResult>;

/**
 * Ask a worker to assume the account's audit role (the web app holds no AWS credentials) and
 * wait up to 20 s for the answer. The worker also stores the outcome on the account.
 */
export const testAccountConnection = roleProcedure("admin")
  .input(ZAccountRef)
  .output(ZConnectionTestResult)
  .mutation(async ({ ctx, input }) => {
    const account = await getAwsAccount(ctx.db, ctx.organizationId, input.id);
    if (!account) throw new TRPCError({ code: "NOT_FOUND", message: "Account not found" });
    const result = await runAccountTest(ctx.queues(), {
      organizationId: ctx.organizationId,
      awsAccountId: account.id,
    });
    await audit(ctx, "account.test", { type: "aws_account", id: account.id }, { after: result });
    return result;
  });
