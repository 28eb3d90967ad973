/**
 * CSRF guard for cookie-authenticated state changes (tRPC mutations, export downloads):
 * browsers always send `Origin` on cross-site POSTs and `Sec-Fetch-Site` on every request,
 * so a request that names another site is refused. Requests without either header come from
 * non-browser clients, which cannot carry the victim's cookies.
 */
export function isCrossSiteRequest(headers: Headers, appUrl: string): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite === "cross-site") return true;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return origin === "null";
  const allowed = new Set([new URL(appUrl).origin]);
  const host = headers.get("host");
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  return !allowed.has(origin);
}
