import { TRPCError } from "@trpc/server";
import { getMember, MemberAdminError, updateMemberRole } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { ZRole } from "../../roles";
import { roleProcedure } from "../../trpc";

export const ZUpdateMemberRoleInput = z.object({ memberId: z.string().min(1).max(64), role: ZRole });

/** Change a member's role. Admins cannot change their own role, and the last admin cannot be demoted. */
export const updateMemberRoleProcedure = roleProcedure("admin")
  .input(ZUpdateMemberRoleInput)
  .output(z.object({ id: z.string(), role: ZRole }))
  .mutation(async ({ ctx, input }) => {
    const target = await getMember(ctx.db, ctx.organizationId, input.memberId);
    if (!target) throw new TRPCError({ code: "NOT_FOUND", message: "Member not found" });
    if (target.userId === ctx.session.userId) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "You cannot change your own role; ask another admin",
      });
    }
    try {
      const change = await updateMemberRole(ctx.db, ctx.organizationId, input.memberId, input.role);
      if (!change) throw new TRPCError({ code: "NOT_FOUND", message: "Member not found" });
      if (change.before.role !== change.after.role) {
        await audit(
          ctx,
          "member.update-role",
          { type: "member", id: change.after.id },
          {
            before: { email: change.before.email, role: change.before.role },
            after: { email: change.after.email, role: change.after.role },
          },
        );
      }
      return { id: change.after.id, role: change.after.role };
    } catch (error) {
      if (error instanceof MemberAdminError)
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: error.message });
      throw error;
    }
  });
