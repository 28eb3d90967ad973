import { TRPCError } from "@trpc/server";
import { ZPlan } from "@trustwatch/core";
import { getRemediationRequest, listRemediationTimeline } from "@trustwatch/db";
import { z } from "zod";
import { hasRole } from "../../roles";
import { roleProcedure } from "../../trpc";
import { toRemediationRow, ZId, ZRemediationRow, ZRemediationStatus } from "./schemas";

export const ZGetRemediationOutput = ZRemediationRow.extend({
  plan: ZPlan.nullable(),
  result: z.unknown(),
  timeline: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      actorType: z.string(),
      actorName: z.string().nullable(),
      at: z.date(),
      detail: z.unknown(),
    }),
  ),
  rollbacks: z.array(z.object({ id: z.string(), status: ZRemediationStatus })),
  /** What the caller may do: decide (approver, not the requester, pending) and roll back (analyst, succeeded). */
  canDecide: z.boolean(),
  isOwnRequest: z.boolean(),
  canRollback: z.boolean(),
});
export type RemediationDetail = z.infer<typeof ZGetRemediationOutput>;

/** One request with its plan, diff, proofs and timeline (who requested, decided, and what the worker did). */
export const getRemediationProcedure = roleProcedure("viewer")
  .input(z.object({ id: ZId }))
  .output(ZGetRemediationOutput)
  .query(async ({ ctx, input }) => {
    const row = await getRemediationRequest(ctx.db, ctx.organizationId, input.id);
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "Remediation request not found" });
    const timeline = await listRemediationTimeline(ctx.db, ctx.organizationId, row.id);
    const plan = ZPlan.safeParse(row.plan);
    const isOwnRequest = row.requestedById === ctx.session.userId;
    const hasActiveRollback = row.rollbacks.some((r) =>
      ["pending", "approved", "running"].includes(r.status),
    );
    return {
      ...toRemediationRow(row),
      plan: plan.success ? plan.data : null,
      result: row.result,
      timeline: timeline.map((t) => ({
        id: t.id,
        action: t.action,
        actorType: t.actorType,
        actorName: t.actor?.name ?? null,
        at: t.at,
        detail: t.detail,
      })),
      rollbacks: row.rollbacks,
      canDecide: row.status === "pending" && !isOwnRequest && hasRole(ctx.role, "approver"),
      isOwnRequest,
      canRollback:
        row.status === "succeeded" &&
        row.kind !== "rollback" &&
        !hasActiveRollback &&
        hasRole(ctx.role, "analyst"),
    };
  });
