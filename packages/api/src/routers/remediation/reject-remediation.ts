import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { decide } from "./decide";
import { ZComment, ZId } from "./schemas";

/** Reject a pending request with the reason (approver+, not the requester). */
export const rejectRemediationProcedure = roleProcedure("approver")
  .input(z.object({ id: ZId, comment: ZComment.pipe(z.string().min(1, "Say why the change is rejected")) }))
  .output(z.object({ id: z.string(), status: z.literal("rejected") }))
  .mutation(async ({ ctx, input }) => {
    const row = await decide(ctx, input.id, "rejected", input.comment);
    await audit(
      ctx,
      "remediation.reject",
      { type: "remediation", id: row.id },
      {
        before: { status: row.status },
        after: { status: "rejected", comment: input.comment },
      },
    );
    return { id: row.id, status: "rejected" as const };
  });
