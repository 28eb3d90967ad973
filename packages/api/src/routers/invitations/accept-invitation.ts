import { TRPCError } from "@trpc/server";
import { acceptInvitation, InvitationError, setSessionActiveOrganization } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { ZRole } from "../../roles";
import { protectedProcedure } from "../../trpc";

export const ZAcceptInvitationInput = z.object({ token: z.string().min(16).max(128) });

const CODE = {
  "not-found": "NOT_FOUND",
  expired: "PRECONDITION_FAILED",
  revoked: "PRECONDITION_FAILED",
  accepted: "PRECONDITION_FAILED",
  "email-mismatch": "FORBIDDEN",
  "already-member": "CONFLICT",
} as const;

/**
 * Accept an invitation as the signed-in user whose email it was sent to, then make its
 * organization the session's active one. Not an org procedure: the user is not a member yet.
 */
export const acceptInvitationProcedure = protectedProcedure
  .input(ZAcceptInvitationInput)
  .output(z.object({ organizationId: z.string(), role: ZRole }))
  .mutation(async ({ ctx, input }) => {
    try {
      const accepted = await acceptInvitation(ctx.db, {
        token: input.token,
        userId: ctx.session.userId,
        email: ctx.session.email,
        now: ctx.now(),
      });
      await audit(
        { ...ctx, organizationId: accepted.organizationId },
        "invitation.accept",
        { type: "invitation", id: accepted.invitationId },
        {
          after: {
            email: ctx.session.email,
            role: accepted.role,
            memberId: accepted.memberId,
            isNewMember: accepted.isNewMember,
          },
        },
      );
      await setSessionActiveOrganization(ctx.db, {
        sessionId: ctx.session.sessionId,
        userId: ctx.session.userId,
        organizationId: accepted.organizationId,
      });
      return { organizationId: accepted.organizationId, role: accepted.role };
    } catch (error) {
      if (error instanceof InvitationError)
        throw new TRPCError({ code: CODE[error.code], message: error.message });
      throw error;
    }
  });
