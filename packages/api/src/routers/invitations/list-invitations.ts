import { listInvitations } from "@trustwatch/db";
import { z } from "zod";
import { ZRole } from "../../roles";
import { roleProcedure } from "../../trpc";

export const ZInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: ZRole,
  status: z.enum(["pending", "accepted", "revoked", "expired"]),
  invitedById: z.string(),
  createdAt: z.date(),
  expiresAt: z.date(),
  acceptedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export type Invitation = z.infer<typeof ZInvitation>;

/** Invitations of the active organization (never their tokens). Admins manage them. */
export const listInvitationsProcedure = roleProcedure("admin")
  .input(z.void())
  .output(z.array(ZInvitation))
  .query(async ({ ctx }) => listInvitations(ctx.db, ctx.organizationId, ctx.now()));
