import { ZSeverity } from "@trustwatch/core";
import { listTopRiskyRoles } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";

export const ZTopRiskyRolesInput = z
  .object({ limit: z.number().int().min(1).max(20).default(5) })
  .default({ limit: 5 });
export const ZTopRiskyRolesOutput = z.object({
  roles: z.array(
    z.object({
      roleArn: z.string(),
      roleId: z.string().nullable(),
      name: z.string(),
      accountId: z.string(),
      openCount: z.number().int(),
      worstSeverity: ZSeverity,
      counts: z.record(ZSeverity, z.number().int()),
    }),
  ),
});

/** Roles with the worst and most open findings. */
export const topRiskyRolesProcedure = orgProcedure
  .input(ZTopRiskyRolesInput)
  .output(ZTopRiskyRolesOutput)
  .query(async ({ ctx, input }) => ({
    roles: await listTopRiskyRoles(ctx.db, ctx.organizationId, input.limit),
  }));
