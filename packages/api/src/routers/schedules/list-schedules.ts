import { listSchedules } from "@trustwatch/db";
import { z } from "zod";
import { roleProcedure } from "../../trpc";
import { toSchedule, ZSchedule } from "./schemas";

export const listSchedulesProcedure = roleProcedure("admin")
  .input(z.void())
  .output(z.array(ZSchedule))
  .query(async ({ ctx }) => {
    const now = ctx.now();
    return (await listSchedules(ctx.db, ctx.organizationId)).map((row) => toSchedule(row, now));
  });
