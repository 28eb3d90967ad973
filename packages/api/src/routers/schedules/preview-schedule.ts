import { z } from "zod";
import { roleProcedure } from "../../trpc";
import { cronProblem, nextRuns, ZTimezone } from "./schemas";

/** The form's live preview: never throws on a bad expression, it explains it. */
export const previewSchedule = roleProcedure("admin")
  .input(z.object({ cron: z.string().max(100), timezone: ZTimezone }))
  .output(
    z.union([
      z.object({ ok: z.literal(true), nextRuns: z.array(z.date()) }),
      z.object({ ok: z.literal(false), error: z.string() }),
    ]),
  )
  .query(({ ctx, input }) => {
    const problem = cronProblem(input.cron);
    if (problem) return { ok: false as const, error: problem };
    return { ok: true as const, nextRuns: nextRuns(input.cron.trim(), input.timezone, ctx.now()) };
  });
