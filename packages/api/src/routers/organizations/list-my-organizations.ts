import { listOrganizationsForUser } from "@trustwatch/db";
import { z } from "zod";
import { ZRole } from "../../roles";
import { protectedProcedure } from "../../trpc";

export const ZMyOrganization = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  role: ZRole,
  isActive: z.boolean(),
});
export type MyOrganization = z.infer<typeof ZMyOrganization>;

/** The organizations the signed-in user belongs to, for the switcher. */
export const listMyOrganizations = protectedProcedure
  .input(z.void())
  .output(z.array(ZMyOrganization))
  .query(async ({ ctx }) => {
    const organizations = await listOrganizationsForUser(ctx.db, ctx.session.userId);
    return organizations.map((org) => ({ ...org, isActive: org.id === ctx.session.activeOrganizationId }));
  });
