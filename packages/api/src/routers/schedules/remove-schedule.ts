import { TRPCError } from "@trpc/server";
import { deleteSchedule, getSchedule } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { ZScheduleRef } from "./schemas";
import { trySync } from "./sync";

export const removeScheduleProcedure = roleProcedure("admin")
  .input(ZScheduleRef)
  .output(z.object({ scheduleId: z.string(), isSchedulerSynced: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const before = await getSchedule(ctx.db, ctx.organizationId, input.scheduleId);
    if (!before || !(await deleteSchedule(ctx.db, ctx.organizationId, input.scheduleId))) {
      throw new TRPCError({ code: "NOT_FOUND", message: "Schedule not found" });
    }
    await audit(
      ctx,
      "schedule.delete",
      { type: "scan_schedule", id: before.id },
      {
        before: { name: before.name, cron: before.cron, timezone: before.timezone, enabled: before.enabled },
      },
    );
    const isSchedulerSynced = await trySync(ctx.queues, { id: before.id, removed: true });
    return { scheduleId: before.id, isSchedulerSynced };
  });
