import { getRule } from "@trustwatch/core";
import { countFindingsBy, listAccountNames } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { toRepositoryFilter, ZFindingFilterInput } from "./schemas";

export const ZGroupCountsInput = ZFindingFilterInput.extend({ by: z.enum(["rule", "account"]) });
export const ZGroupCountsOutput = z.object({
  by: z.enum(["rule", "account"]),
  groups: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })),
});

/** Finding counts grouped by rule or by account, under the same filters as the list. */
export const groupCountsProcedure = orgProcedure
  .input(ZGroupCountsInput)
  .output(ZGroupCountsOutput)
  .query(async ({ ctx, input }) => {
    const filter = toRepositoryFilter(input);
    const counts = await countFindingsBy(
      ctx.db,
      ctx.organizationId,
      input.by === "rule" ? "ruleId" : "accountId",
      filter,
    );
    const names = input.by === "account" ? await listAccountNames(ctx.db, ctx.organizationId) : null;
    return {
      by: input.by,
      groups: counts.map((c) => ({
        key: c.key,
        label: names ? (names.get(c.key) ?? c.key) : (getRule(c.key)?.title ?? c.key),
        count: c.count,
      })),
    };
  });
