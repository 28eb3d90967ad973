import { TRPCError } from "@trpc/server";
import { isPlanError, planRemediation } from "@trustwatch/core";
import {
  createRemediationRequest,
  findActiveRemediationForTarget,
  getFinding,
  loadOrgInventory,
} from "@trustwatch/db";
import { enqueueRemediationNotification } from "@trustwatch/jobs";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { toCoreFinding, ZComment, ZId } from "./schemas";

export const ZRequestRemediationInput = z.object({
  findingId: ZId,
  serviceAccounts: z.array(z.string().max(320)).max(50).optional(),
  comment: ZComment.optional(),
});

/**
 * Request a fix. The plan is computed again here from the current inventory (never taken from
 * the client) and only stored when both proofs hold: it never widens access and resolves the finding.
 */
export const requestRemediationProcedure = roleProcedure("analyst")
  .input(ZRequestRemediationInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const row = await getFinding(ctx.db, ctx.organizationId, input.findingId);
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "Finding not found" });
    if (row.status === "resolved")
      throw new TRPCError({ code: "BAD_REQUEST", message: "This finding is already resolved." });
    const inventory = await loadOrgInventory(ctx.db, ctx.organizationId);
    const plan = planRemediation(toCoreFinding(row), inventory, {
      now: ctx.now(),
      serviceAccounts: input.serviceAccounts,
    });
    if (isPlanError(plan)) throw new TRPCError({ code: "BAD_REQUEST", message: plan.error });
    if (!plan.proof.neverWidens)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "The change could not be proven never to widen access.",
      });
    if (!plan.proof.resolvesFinding)
      throw new TRPCError({ code: "BAD_REQUEST", message: "The change would not resolve the finding." });
    const active = await findActiveRemediationForTarget(ctx.db, ctx.organizationId, plan.targetArn);
    if (active)
      throw new TRPCError({
        code: "CONFLICT",
        message: `Request ${active.id} on this resource is still ${active.status}.`,
      });
    const created = await createRemediationRequest(ctx.db, ctx.organizationId, {
      kind: plan.kind,
      findingId: row.id,
      targetArn: plan.targetArn,
      accountId: plan.accountId,
      plan,
      beforeDocument: plan.before,
      afterDocument: plan.after,
      requestedById: ctx.session.userId,
      requestComment: input.comment || null,
    });
    await audit(
      ctx,
      "remediation.request",
      { type: "remediation", id: created.id },
      {
        after: { kind: plan.kind, targetArn: plan.targetArn, findingId: row.id, operations: plan.operations },
      },
    );
    await enqueueRemediationNotification(ctx.queues(), {
      organizationId: ctx.organizationId,
      requestId: created.id,
    });
    return { id: created.id };
  });
