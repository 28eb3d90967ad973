/** UTC, minute precision: the same text on the server and in the browser (no hydration drift). */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  return date.toISOString().slice(0, 10);
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

/** Readable text for a tRPC error: zod input errors arrive as a JSON list of issues. */
export function errorText(error: { message: string } | null | undefined): string {
  if (!error) return "";
  try {
    const issues = JSON.parse(error.message) as { path?: (string | number)[]; message?: string }[];
    if (Array.isArray(issues))
      return issues
        .map((i) => i.message ?? "")
        .filter(Boolean)
        .join(" · ");
  } catch {
    // not JSON: a plain message
  }
  return error.message;
}
