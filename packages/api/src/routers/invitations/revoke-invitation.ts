import { TRPCError } from "@trpc/server";
import { revokeInvitation } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { ZInvitation } from "./list-invitations";

export const ZRevokeInvitationInput = z.object({ invitationId: z.string().min(1).max(64) });

export const revokeInvitationProcedure = roleProcedure("admin")
  .input(ZRevokeInvitationInput)
  .output(ZInvitation)
  .mutation(async ({ ctx, input }) => {
    const change = await revokeInvitation(ctx.db, ctx.organizationId, input.invitationId, ctx.now());
    if (!change) throw new TRPCError({ code: "NOT_FOUND", message: "Invitation not found" });
    if (change.before.status !== change.after.status) {
      await audit(
        ctx,
        "invitation.revoke",
        { type: "invitation", id: change.after.id },
        {
          before: { email: change.before.email, status: change.before.status },
          after: { email: change.after.email, status: change.after.status },
        },
      );
    }
    return change.after;
  });
