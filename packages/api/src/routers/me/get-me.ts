import { TRPCError } from "@trpc/server";
import { findMembership, getOrganizationById, getUserById } from "@trustwatch/db";
import { z } from "zod";
import { ZRole } from "../../roles";
import { protectedProcedure } from "../../trpc";

export const ZMe = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  activeOrganization: z
    .object({ id: z.string(), name: z.string(), slug: z.string(), role: ZRole })
    .nullable(),
});
export type Me = z.infer<typeof ZMe>;

/** The signed-in user and the active organization (null when none, or no longer a member). */
export const getMe = protectedProcedure
  .input(z.void())
  .output(ZMe)
  .query(async ({ ctx }) => {
    const user = await getUserById(ctx.db, ctx.session.userId);
    if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
    const organizationId = ctx.session.activeOrganizationId;
    const membership = organizationId ? await findMembership(ctx.db, organizationId, user.id) : null;
    const organization = membership ? await getOrganizationById(ctx.db, membership.organizationId) : null;
    return {
      user,
      activeOrganization: organization && membership ? { ...organization, role: membership.role } : null,
    };
  });
