import { analyzeTrust, ZSeverity } from "@trustwatch/core";
import { listAccountNames, listClustersWithIssuer, listRoles } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { adminLikeOf } from "./schemas";
import { describeWhoCanAssume, summarizeWhoCanAssume } from "./who-can-assume";

export const ZListRolesInput = z.object({
  search: z.string().trim().max(200).optional(),
  accountId: z
    .array(z.string().regex(/^\d{12}$/))
    .max(100)
    .optional(),
  cursor: z.string().min(1).max(64).nullish(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZRoleRow = z.object({
  id: z.string(),
  arn: z.string(),
  name: z.string(),
  accountId: z.string(),
  accountName: z.string().nullable(),
  whoCanAssume: z.string(),
  worstSeverity: ZSeverity.nullable(),
  openFindingCount: z.number().int(),
  isAdminLike: z.boolean(),
  lastUsedAt: z.date().nullable(),
});
export const ZListRolesOutput = z.object({ items: z.array(ZRoleRow), nextCursor: z.string().nullable() });

/** Live roles by name with who can assume them, their worst open finding and admin-like permissions. */
export const listRolesProcedure = orgProcedure
  .input(ZListRolesInput)
  .output(ZListRolesOutput)
  .query(async ({ ctx, input }) => {
    const [page, clusters, names] = await Promise.all([
      listRoles(ctx.db, ctx.organizationId, {
        filter: {
          ...(input.search ? { search: input.search } : {}),
          ...(input.accountId?.length ? { accountId: input.accountId } : {}),
        },
        cursor: input.cursor ?? null,
        limit: input.limit,
      }),
      listClustersWithIssuer(ctx.db, ctx.organizationId),
      listAccountNames(ctx.db, ctx.organizationId),
    ]);
    return {
      items: page.items.map((r) => ({
        id: r.id,
        arn: r.arn,
        name: r.name,
        accountId: r.accountId,
        accountName: names.get(r.accountId) ?? null,
        whoCanAssume: summarizeWhoCanAssume(describeWhoCanAssume(analyzeTrust(r.trustPolicy), clusters)),
        worstSeverity: r.worstSeverity,
        openFindingCount: r.openFindingCount,
        isAdminLike: adminLikeOf(r).adminLike,
        lastUsedAt: r.lastUsedAt,
      })),
      nextCursor: page.nextCursor,
    };
  });
