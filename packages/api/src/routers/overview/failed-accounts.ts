import { listFailedAccounts } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";

export const ZFailedAccountsOutput = z.object({
  accounts: z.array(
    z.object({
      id: z.string(),
      accountId: z.string(),
      name: z.string(),
      lastError: z.string().nullable(),
      errorCode: z.string().nullable(),
      scanId: z.string().nullable(),
      lastScanAt: z.date().nullable(),
      lastGoodScanAt: z.date().nullable(),
    }),
  ),
});

/** Accounts whose last scan failed, with the error (their last good inventory is still shown). */
export const failedAccountsProcedure = orgProcedure
  .input(z.void())
  .output(ZFailedAccountsOutput)
  .query(async ({ ctx }) => ({ accounts: await listFailedAccounts(ctx.db, ctx.organizationId) }));
