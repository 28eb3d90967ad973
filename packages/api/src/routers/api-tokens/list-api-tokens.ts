import { listApiTokens } from "@trustwatch/db";
import { z } from "zod";
import { roleProcedure } from "../../trpc";

export const ZApiTokenScope = z.enum(["read", "scan"]);

/** A token as lists show it: the prefix identifies it; the hash and the secret never leave the server. */
export const ZApiToken = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scope: ZApiTokenScope,
  createdById: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export type ApiToken = z.infer<typeof ZApiToken>;

export const listApiTokensProcedure = roleProcedure("admin")
  .input(z.void())
  .output(z.array(ZApiToken))
  .query(async ({ ctx }) => listApiTokens(ctx.db, ctx.organizationId));
