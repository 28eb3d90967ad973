import { TRPCError } from "@trpc/server";
import { createInvitation, InvitationError } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { ZRole } from "../../roles";
import { roleProcedure } from "../../trpc";
import { ZInvitation } from "./list-invitations";

export const ZCreateInvitationInput = z.object({ email: z.email().max(254), role: ZRole });

/**
 * Invite someone by email. The accept path carries the only copy of the token: it is shown to
 * the admin once and stored as a SHA-256 hash, so neither the database nor the audit log holds it.
 */
export const createInvitationProcedure = roleProcedure("admin")
  .input(ZCreateInvitationInput)
  .output(z.object({ invitation: ZInvitation, acceptPath: z.string() }))
  .mutation(async ({ ctx, input }) => {
    try {
      const { token, invitation, revokedIds } = await createInvitation(ctx.db, ctx.organizationId, {
        email: input.email,
        role: input.role,
        invitedById: ctx.session.userId,
        now: ctx.now(),
      });
      await audit(
        ctx,
        "invitation.create",
        { type: "invitation", id: invitation.id },
        {
          after: { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt },
          ...(revokedIds.length ? { before: { replacedInvitationIds: revokedIds } } : {}),
        },
      );
      return { invitation, acceptPath: `/invitations/${token}` };
    } catch (error) {
      if (error instanceof InvitationError) throw new TRPCError({ code: "CONFLICT", message: error.message });
      throw error;
    }
  });
