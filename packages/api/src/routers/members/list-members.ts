import { listMembers } from "@trustwatch/db";
import { z } from "zod";
import { ZRole } from "../../roles";
import { roleProcedure } from "../../trpc";

export const ZMember = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  createdAt: z.date(),
  isYou: z.boolean(),
});
export type Member = z.infer<typeof ZMember>;

/** Everyone in the active organization; every member may see who else has access. */
export const listMembersProcedure = roleProcedure("viewer")
  .input(z.void())
  .output(z.array(ZMember))
  .query(async ({ ctx }) => {
    const members = await listMembers(ctx.db, ctx.organizationId);
    return members.map((m) => ({ ...m, isYou: m.userId === ctx.session.userId }));
  });
