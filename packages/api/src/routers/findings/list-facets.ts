import { getRule } from "@trustwatch/core";
import { listFindingFacets } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";

export const ZListFacetsOutput = z.object({
  rules: z.array(z.object({ ruleId: z.string(), title: z.string(), count: z.number().int() })),
  accounts: z.array(
    z.object({ accountId: z.string(), name: z.string().nullable(), count: z.number().int() }),
  ),
  clusters: z.array(
    z.object({ arn: z.string(), name: z.string(), region: z.string(), accountId: z.string() }),
  ),
});

/** The choices of the findings filter bar: rules and accounts that have findings, and clusters. */
export const listFacetsProcedure = orgProcedure
  .input(z.void())
  .output(ZListFacetsOutput)
  .query(async ({ ctx }) => {
    const facets = await listFindingFacets(ctx.db, ctx.organizationId);
    return {
      ...facets,
      rules: facets.rules.map((r) => ({ ...r, title: getRule(r.ruleId)?.title ?? r.ruleId })),
    };
  });
