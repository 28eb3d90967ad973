import { TRPCError } from "@trpc/server";
import { findMembership, setSessionActiveOrganization } from "@trustwatch/db";
import { z } from "zod";
import { ZRole } from "../../roles";
import { protectedProcedure } from "../../trpc";

export const ZSwitchOrganizationInput = z.object({ organizationId: z.string().min(1).max(64) });
export const ZSwitchOrganizationOutput = z.object({ organizationId: z.string(), role: ZRole });

/**
 * Make another organization the session's active one. Membership is checked first; a
 * non-member gets NOT_FOUND, the same answer as for an organization that does not exist.
 */
export const switchOrganization = protectedProcedure
  .input(ZSwitchOrganizationInput)
  .output(ZSwitchOrganizationOutput)
  .mutation(async ({ ctx, input }) => {
    const membership = await findMembership(ctx.db, input.organizationId, ctx.session.userId);
    if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "Organization not found" });
    const isUpdated = await setSessionActiveOrganization(ctx.db, {
      sessionId: ctx.session.sessionId,
      userId: ctx.session.userId,
      organizationId: membership.organizationId,
    });
    if (!isUpdated) throw new TRPCError({ code: "UNAUTHORIZED", message: "Session expired" });
    return { organizationId: membership.organizationId, role: membership.role };
  });
