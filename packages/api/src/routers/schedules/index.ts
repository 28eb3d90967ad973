import { router } from "../../trpc";
import { createScheduleProcedure } from "./create-schedule";
import { listSchedulesProcedure } from "./list-schedules";
import { previewSchedule } from "./preview-schedule";
import { removeScheduleProcedure } from "./remove-schedule";
import { updateScheduleProcedure } from "./update-schedule";

export const schedulesRouter = router({
  list: listSchedulesProcedure,
  preview: previewSchedule,
  create: createScheduleProcedure,
  update: updateScheduleProcedure,
  remove: removeScheduleProcedure,
});
