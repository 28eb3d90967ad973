import { countRemediationRequestsByStatus, listRemediationRequests } from "@trustwatch/db";
import { z } from "zod";
import { roleProcedure } from "../../trpc";
import { REMEDIATION_TABS, toRemediationRow, ZId, ZRemediationRow, ZRemediationTab } from "./schemas";

export const ZListRemediationsInput = z.object({
  tab: ZRemediationTab.default("pending"),
  findingId: ZId.optional(),
  cursor: ZId.nullish(),
  limit: z.number().int().min(1).max(200).optional(),
});

export const ZListRemediationsOutput = z.object({
  items: z.array(ZRemediationRow),
  nextCursor: z.string().nullable(),
  counts: z.record(ZRemediationTab, z.number()),
});

/** The remediation queue, one tab at a time, newest first, with the count of every tab. */
export const listRemediationsProcedure = roleProcedure("viewer")
  .input(ZListRemediationsInput)
  .output(ZListRemediationsOutput)
  .query(async ({ ctx, input }) => {
    const [page, byStatus] = await Promise.all([
      listRemediationRequests(ctx.db, ctx.organizationId, {
        status: [...REMEDIATION_TABS[input.tab]],
        findingId: input.findingId,
        cursor: input.cursor,
        limit: input.limit,
      }),
      countRemediationRequestsByStatus(ctx.db, ctx.organizationId),
    ]);
    const counts = Object.fromEntries(
      Object.entries(REMEDIATION_TABS).map(([tab, statuses]) => [
        tab,
        statuses.reduce((n, s) => n + byStatus[s], 0),
      ]),
    ) as Record<keyof typeof REMEDIATION_TABS, number>;
    return { items: page.items.map(toRemediationRow), nextCursor: page.nextCursor, counts };
  });
