import { TRPCError } from "@trpc/server";
import { getMember, MemberAdminError, removeMember } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";

export const ZRemoveMemberInput = z.object({ memberId: z.string().min(1).max(64) });

/**
 * Remove a member from the organization (their user and other memberships stay). Admins cannot
 * remove themselves here, so nobody locks themselves out by accident; the last admin stays.
 */
export const removeMemberProcedure = roleProcedure("admin")
  .input(ZRemoveMemberInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const target = await getMember(ctx.db, ctx.organizationId, input.memberId);
    if (!target) throw new TRPCError({ code: "NOT_FOUND", message: "Member not found" });
    if (target.userId === ctx.session.userId) {
      throw new TRPCError({ code: "FORBIDDEN", message: "You cannot remove yourself; ask another admin" });
    }
    try {
      const removed = await removeMember(ctx.db, ctx.organizationId, input.memberId);
      if (!removed) throw new TRPCError({ code: "NOT_FOUND", message: "Member not found" });
      await audit(
        ctx,
        "member.remove",
        { type: "member", id: removed.id },
        { before: { email: removed.email, role: removed.role, userId: removed.userId } },
      );
      return { id: removed.id };
    } catch (error) {
      if (error instanceof MemberAdminError)
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: error.message });
      throw error;
    }
  });
