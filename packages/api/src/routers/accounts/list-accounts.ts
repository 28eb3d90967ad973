import { listAccountsWithLastScan } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { toAccount, ZAccount } from "./schemas";

export const ZAccountListItem = ZAccount.extend({
  lastScan: z
    .object({
      scanId: z.string(),
      status: z.enum(["pending", "running", "succeeded", "failed", "cancelled"]),
      error: z.string().nullable(),
      finishedAt: z.date().nullable(),
    })
    .nullable(),
});
export type AccountListItem = z.infer<typeof ZAccountListItem>;

/** Every registered account with its status, last scan outcome and last access error. */
export const listAccounts = orgProcedure
  .input(z.void())
  .output(z.array(ZAccountListItem))
  .query(async ({ ctx }) => {
    const rows = await listAccountsWithLastScan(ctx.db, ctx.organizationId);
    return rows.map((row) => ({ ...toAccount(row), lastScan: row.lastScan }));
  });
