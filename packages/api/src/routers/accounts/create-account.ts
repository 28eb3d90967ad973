import { TRPCError } from "@trpc/server";
import { AwsAccountExistsError, registerAwsAccount } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { accountOfRoleArn, ZAccountId, ZRegions, ZRoleArn } from "../../onboarding/validation";
import { roleProcedure } from "../../trpc";
import { toAccount, ZAccount } from "./schemas";

export const ZCreateAccountInput = z
  .object({
    accountId: ZAccountId,
    name: z.string().trim().min(1, "Name the account").max(100),
    auditRoleArn: ZRoleArn,
    remediationRoleArn: ZRoleArn.nullish(),
    regions: ZRegions,
  })
  .superRefine((input, ctx) => {
    for (const field of ["auditRoleArn", "remediationRoleArn"] as const) {
      const arn = input[field];
      if (arn && accountOfRoleArn(arn) !== input.accountId) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `The role must be in account ${input.accountId}`,
        });
      }
    }
  });

/**
 * Register an account. The roles are assumed with the organization's ExternalId; there is no
 * per-account override from the UI, so every role of a tenant requires the same guard.
 */
export const createAccount = roleProcedure("admin")
  .input(ZCreateAccountInput)
  .output(ZAccount)
  .mutation(async ({ ctx, input }) => {
    try {
      const account = await registerAwsAccount(ctx.db, ctx.organizationId, {
        ...input,
        remediationRoleArn: input.remediationRoleArn ?? null,
      });
      const result = toAccount(account);
      await audit(ctx, "account.create", { type: "aws_account", id: account.id }, { after: result });
      return result;
    } catch (error) {
      if (error instanceof AwsAccountExistsError)
        throw new TRPCError({ code: "CONFLICT", message: error.message });
      throw error;
    }
  });
