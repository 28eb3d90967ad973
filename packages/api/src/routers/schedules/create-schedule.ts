import { createSchedule } from "@trustwatch/db";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { toSchedule, ZScheduleInput, ZScheduleMutation } from "./schemas";
import { trySync } from "./sync";

export const createScheduleProcedure = roleProcedure("admin")
  .input(ZScheduleInput)
  .output(ZScheduleMutation)
  .mutation(async ({ ctx, input }) => {
    const row = await createSchedule(ctx.db, ctx.organizationId, {
      ...input,
      createdById: ctx.session.userId,
    });
    await audit(ctx, "schedule.create", { type: "scan_schedule", id: row.id }, { after: input });
    const isSchedulerSynced = await trySync(ctx.queues, row);
    return { schedule: toSchedule(row, ctx.now()), isSchedulerSynced };
  });
