/** A run time in the schedule's own zone, e.g. "Mon 1 Dec 2026, 06:00 (Europe/Paris)". */
export function formatRun(date: Date | string, timeZone: string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  const text = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);
  return `${text} (${timeZone})`;
}

/** IANA zones this browser knows, UTC first. */
export function timeZones(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
}

export const CRON_EXAMPLES = [
  { cron: "0 6 * * *", label: "every day at 06:00" },
  { cron: "0 6 * * 1-5", label: "weekdays at 06:00" },
  { cron: "0 */4 * * *", label: "every 4 hours" },
  { cron: "30 2 * * 0", label: "Sundays at 02:30" },
] as const;
