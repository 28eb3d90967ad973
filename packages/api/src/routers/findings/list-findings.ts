import { listFindings } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { toFindingRow, toRepositoryFilter, ZFindingFilterInput, ZFindingRow } from "./schemas";

export const ZListFindingsInput = ZFindingFilterInput.extend({
  sort: z.enum(["severity", "newest", "oldest"]).default("severity"),
  /** The id of the last row of the previous page (keyset pagination). */
  cursor: z.string().min(1).max(64).nullish(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZListFindingsOutput = z.object({
  items: z.array(ZFindingRow),
  nextCursor: z.string().nullable(),
});

/** A page of the organization's findings, filtered and sorted; stable under inserts. */
export const listFindingsProcedure = orgProcedure
  .input(ZListFindingsInput)
  .output(ZListFindingsOutput)
  .query(async ({ ctx, input }) => {
    const page = await listFindings(ctx.db, ctx.organizationId, {
      filter: toRepositoryFilter(input),
      sort: input.sort,
      cursor: input.cursor ?? null,
      limit: input.limit,
    });
    return { items: page.items.map(toFindingRow), nextCursor: page.nextCursor };
  });
