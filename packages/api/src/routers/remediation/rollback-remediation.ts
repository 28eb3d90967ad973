import { TRPCError } from "@trpc/server";
import { isPlanError, planRollback, ZPlan } from "@trustwatch/core";
import {
  createRemediationRequest,
  findActiveRemediationForTarget,
  getRemediationRequest,
  loadOrgInventory,
} from "@trustwatch/db";
import { enqueueRemediationNotification } from "@trustwatch/jobs";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { ZComment, ZId } from "./schemas";

/**
 * Request the rollback of a succeeded remediation: a new request (kind `rollback`, `rollbackOfId`)
 * whose "after" is the original "before". It waits for an approver like any other change.
 */
export const rollbackRemediationProcedure = roleProcedure("analyst")
  .input(z.object({ id: ZId, comment: ZComment.optional() }))
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const original = await getRemediationRequest(ctx.db, ctx.organizationId, input.id);
    if (!original) throw new TRPCError({ code: "NOT_FOUND", message: "Remediation request not found" });
    if (original.status !== "succeeded" || original.kind === "rollback")
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Only a succeeded remediation can be rolled back.",
      });
    const plan = ZPlan.safeParse(original.plan);
    if (!plan.success)
      throw new TRPCError({ code: "BAD_REQUEST", message: "The original plan is not readable." });
    const active = await findActiveRemediationForTarget(ctx.db, ctx.organizationId, original.targetArn);
    if (active)
      throw new TRPCError({
        code: "CONFLICT",
        message: `Request ${active.id} on this resource is still ${active.status}.`,
      });
    const rollback = planRollback(plan.data, await loadOrgInventory(ctx.db, ctx.organizationId), ctx.now());
    if (isPlanError(rollback)) throw new TRPCError({ code: "BAD_REQUEST", message: rollback.error });
    const created = await createRemediationRequest(ctx.db, ctx.organizationId, {
      kind: "rollback",
      findingId: original.findingId,
      targetArn: rollback.targetArn,
      accountId: rollback.accountId,
      plan: rollback,
      beforeDocument: rollback.before,
      afterDocument: rollback.after,
      requestedById: ctx.session.userId,
      requestComment: input.comment || null,
      rollbackOfId: original.id,
    });
    await audit(
      ctx,
      "remediation.rollback",
      { type: "remediation", id: created.id },
      {
        after: { rollbackOfId: original.id, targetArn: rollback.targetArn, operations: rollback.operations },
      },
    );
    await enqueueRemediationNotification(ctx.queues(), {
      organizationId: ctx.organizationId,
      requestId: created.id,
    });
    return { id: created.id };
  });
