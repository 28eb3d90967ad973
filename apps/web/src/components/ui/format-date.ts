/** UTC, minute precision: identical on server and client, so hydration never differs. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value) : value;
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value) : value;
  return d.toISOString().slice(0, 10);
}

/** Role pages are addressed by the ARN, URL-encoded as one path segment. */
export function roleHref(arnOrId: string): string {
  return `/roles/${encodeURIComponent(arnOrId)}`;
}
