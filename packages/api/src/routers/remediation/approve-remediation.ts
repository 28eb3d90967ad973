import { enqueueRemediation } from "@trustwatch/jobs";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { decide } from "./decide";
import { ZComment, ZId } from "./schemas";

/** Approve a pending request (approver+, not the requester) and queue its execution. */
export const approveRemediationProcedure = roleProcedure("approver")
  .input(z.object({ id: ZId, comment: ZComment.optional() }))
  .output(z.object({ id: z.string(), status: z.literal("approved") }))
  .mutation(async ({ ctx, input }) => {
    const row = await decide(ctx, input.id, "approved", input.comment || null);
    await audit(
      ctx,
      "remediation.approve",
      { type: "remediation", id: row.id },
      {
        before: { status: row.status },
        after: { status: "approved", comment: input.comment || null },
      },
    );
    await enqueueRemediation(ctx.queues(), { organizationId: ctx.organizationId, requestId: row.id });
    return { id: row.id, status: "approved" as const };
  });
