import { TRPCError } from "@trpc/server";
import { createApiToken } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { ZApiToken, ZApiTokenScope } from "./list-api-tokens";

export const ZCreateApiTokenInput = z.object({
  name: z.string().trim().min(1).max(80),
  scope: ZApiTokenScope,
  /** Optional; a token without one lives until revoked. */
  expiresAt: z.date().nullable().optional(),
});

/** Create an automation token. `token` (tw_<prefix>_<secret>) is returned here and never again. */
export const createApiTokenProcedure = roleProcedure("admin")
  .input(ZCreateApiTokenInput)
  .output(z.object({ apiToken: ZApiToken, token: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt && expiresAt.getTime() <= ctx.now().getTime()) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "The expiry must be in the future" });
    }
    const created = await createApiToken(ctx.db, ctx.organizationId, {
      name: input.name,
      scope: input.scope,
      expiresAt,
      createdById: ctx.session.userId,
    });
    const { apiToken } = created;
    // The secret and its hash stay out of the audit log: name, prefix and scope identify the token.
    await audit(
      ctx,
      "api-token.create",
      { type: "api-token", id: apiToken.id },
      {
        after: {
          name: apiToken.name,
          prefix: apiToken.prefix,
          scope: apiToken.scope,
          expiresAt: apiToken.expiresAt,
        },
      },
    );
    return created;
  });
