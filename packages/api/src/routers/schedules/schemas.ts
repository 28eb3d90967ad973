import { CronExpressionParser } from "cron-parser";
import { z } from "zod";

const TIME_ZONES = new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);

/** Next runs of a five-field cron expression in a time zone; throws on an invalid one. */
export function nextRuns(cron: string, timezone: string, from: Date, count = 3): Date[] {
  return CronExpressionParser.parse(cron, { tz: timezone, currentDate: from })
    .take(count)
    .map((d) => d.toDate());
}

/** Why an expression is refused, or null. Five fields only: BullMQ reads a sixth as seconds. */
export function cronProblem(cron: string): string | null {
  if (cron.trim().split(/\s+/).length !== 5)
    return "Use five fields: minute hour day-of-month month day-of-week";
  try {
    CronExpressionParser.parse(cron, { tz: "UTC" });
    return null;
  } catch (error) {
    return `Invalid cron expression: ${(error as Error).message}`;
  }
}

export const ZCron = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .superRefine((cron, ctx) => {
    const problem = cronProblem(cron);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const ZTimezone = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => TIME_ZONES.has(tz), "Unknown time zone (use an IANA name such as Europe/Paris)");

export const ZScheduleInput = z.object({
  name: z.string().trim().min(1).max(80),
  cron: ZCron,
  timezone: ZTimezone,
  enabled: z.boolean(),
});

export const ZScheduleRef = z.object({ scheduleId: z.string().min(1).max(64) });

export const ZSchedule = z.object({
  id: z.string(),
  name: z.string(),
  cron: z.string(),
  timezone: z.string(),
  enabled: z.boolean(),
  lastRunAt: z.date().nullable(),
  createdAt: z.date(),
  /** Empty when disabled. */
  nextRuns: z.array(z.date()),
});
export type Schedule = z.infer<typeof ZSchedule>;

export const ZScheduleMutation = z.object({
  schedule: ZSchedule,
  /** False when Redis was unreachable: the worker re-syncs from the database on its next start. */
  isSchedulerSynced: z.boolean(),
});

type Row = {
  id: string;
  name: string;
  cron: string;
  timezone: string;
  enabled: boolean;
  lastRunAt: Date | null;
  createdAt: Date;
};

export function toSchedule(row: Row, now: Date): Schedule {
  return {
    id: row.id,
    name: row.name,
    cron: row.cron,
    timezone: row.timezone,
    enabled: row.enabled,
    lastRunAt: row.lastRunAt,
    createdAt: row.createdAt,
    nextRuns: row.enabled ? safeNextRuns(row.cron, row.timezone, now) : [],
  };
}

function safeNextRuns(cron: string, timezone: string, now: Date): Date[] {
  try {
    return nextRuns(cron, timezone, now);
  } catch {
    return [];
  }
}
