import { TRPCError } from "@trpc/server";
import { revokeApiToken } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { ZApiToken } from "./list-api-tokens";

export const ZRevokeApiTokenInput = z.object({ tokenId: z.string().min(1).max(64) });

/** Revoke a token: the next request presenting it gets 401. */
export const revokeApiTokenProcedure = roleProcedure("admin")
  .input(ZRevokeApiTokenInput)
  .output(ZApiToken)
  .mutation(async ({ ctx, input }) => {
    const change = await revokeApiToken(ctx.db, ctx.organizationId, input.tokenId, ctx.now());
    if (!change) throw new TRPCError({ code: "NOT_FOUND", message: "API token not found" });
    if (!change.before.revokedAt) {
      await audit(
        ctx,
        "api-token.revoke",
        { type: "api-token", id: change.after.id },
        {
          before: { name: change.before.name, prefix: change.before.prefix, revokedAt: null },
          after: { name: change.after.name, prefix: change.after.prefix, revokedAt: change.after.revokedAt },
        },
      );
    }
    return change.after;
  });
