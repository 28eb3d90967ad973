import { writeAuditLog } from "@trustwatch/db";
import type { Context } from "./context";

type OrgContext = Context & { organizationId: string; session: NonNullable<Context["session"]> };

/** Record a state change made by the signed-in member (who, what, when, before/after). */
export async function audit(
  ctx: OrgContext,
  action: string,
  target: { type: string; id: string | null },
  change: { before?: unknown; after?: unknown } = {},
) {
  await writeAuditLog(ctx.db, {
    organizationId: ctx.organizationId,
    actorType: "user",
    actorId: ctx.session.userId,
    action,
    targetType: target.type,
    targetId: target.id,
    before: change.before,
    after: change.after,
  });
}
