import { TRPCError } from "@trpc/server";
import { decideRemediationRequest, getRemediationRequest } from "@trustwatch/db";
import type { Context } from "../../context";

type DecideContext = Context & { organizationId: string; session: NonNullable<Context["session"]> };

/**
 * Four eyes: approver or admin, but never on one's own request. The check is repeated inside the
 * update (decideRemediationRequest) so a race cannot slip past it.
 */
export async function decide(
  ctx: DecideContext,
  id: string,
  status: "approved" | "rejected",
  comment: string | null,
) {
  const row = await getRemediationRequest(ctx.db, ctx.organizationId, id);
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "Remediation request not found" });
  if (row.requestedById === ctx.session.userId)
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "You requested this change: a different approver must review it (four eyes).",
    });
  if (row.status !== "pending")
    throw new TRPCError({ code: "CONFLICT", message: `This request is already ${row.status}.` });
  const isDecided = await decideRemediationRequest(ctx.db, ctx.organizationId, id, {
    status,
    deciderId: ctx.session.userId,
    comment,
    now: ctx.now(),
  });
  if (!isDecided) throw new TRPCError({ code: "CONFLICT", message: "This request was decided meanwhile." });
  return row;
}
