import { z } from "zod";

export const ZExceptionRow = z.object({
  id: z.string(),
  ruleId: z.string(),
  resourcePattern: z.string(),
  owner: z.string(),
  reason: z.string(),
  expiresAt: z.date(),
  createdById: z.string(),
  createdAt: z.date(),
  revokedAt: z.date().nullable(),
  /** Findings it suppresses now; null where not computed. */
  suppressedCount: z.number().int().nullable(),
});
export type ExceptionRow = z.infer<typeof ZExceptionRow>;

export function toExceptionRow(
  e: Omit<ExceptionRow, "suppressedCount"> & Record<string, unknown>,
  suppressedCount: number | null,
): ExceptionRow {
  return {
    id: e.id,
    ruleId: e.ruleId,
    resourcePattern: e.resourcePattern,
    owner: e.owner,
    reason: e.reason,
    expiresAt: e.expiresAt,
    createdById: e.createdById,
    createdAt: e.createdAt,
    revokedAt: e.revokedAt,
    suppressedCount,
  };
}
