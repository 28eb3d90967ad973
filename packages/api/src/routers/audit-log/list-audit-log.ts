import { listAuditEntries } from "@trustwatch/db";
import { z } from "zod";
import { roleProcedure } from "../../trpc";

export const ZListAuditLogInput = z
  .object({
    cursor: z.string().min(1).max(64).nullish(),
    limit: z.number().int().min(1).max(100).default(50),
    /** An exact action (`api-token.create`) or an area prefix (`api-token.`). */
    action: z.string().trim().min(1).max(80).optional(),
  })
  .default({ limit: 50 });

export const ZAuditEntry = z.object({
  id: z.string(),
  createdAt: z.date(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof ZAuditEntry>;

/**
 * The organization's audit log, newest first (keyset pages). Approvers read it too: they sign
 * off remediation and need to see what was changed and by whom; only admins change settings.
 */
export const listAuditLogProcedure = roleProcedure("approver")
  .input(ZListAuditLogInput)
  .output(z.object({ items: z.array(ZAuditEntry), nextCursor: z.string().nullable() }))
  .query(async ({ ctx, input }) =>
    listAuditEntries(ctx.db, ctx.organizationId, {
      cursor: input.cursor ?? null,
      limit: input.limit,
      ...(input.action ? { action: input.action } : {}),
    }),
  );
