import { TRPCError } from "@trpc/server";
import { getSchedule, updateSchedule } from "@trustwatch/db";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { toSchedule, ZScheduleInput, ZScheduleMutation, ZScheduleRef } from "./schemas";
import { trySync } from "./sync";

export const updateScheduleProcedure = roleProcedure("admin")
  .input(ZScheduleRef.extend(ZScheduleInput.partial().shape))
  .output(ZScheduleMutation)
  .mutation(async ({ ctx, input }) => {
    const { scheduleId, ...change } = input;
    const before = await getSchedule(ctx.db, ctx.organizationId, scheduleId);
    if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "Schedule not found" });
    const row = await updateSchedule(ctx.db, ctx.organizationId, scheduleId, change);
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "Schedule not found" });
    await audit(
      ctx,
      "schedule.update",
      { type: "scan_schedule", id: row.id },
      {
        before: { name: before.name, cron: before.cron, timezone: before.timezone, enabled: before.enabled },
        after: { name: row.name, cron: row.cron, timezone: row.timezone, enabled: row.enabled },
      },
    );
    const isSchedulerSynced = await trySync(ctx.queues, row);
    return { schedule: toSchedule(row, ctx.now()), isSchedulerSynced };
  });
