/**
 * Slack incoming webhook URLs are bearer secrets: whoever has one can post to the channel.
 * Only `https://hooks.slack.com/` is accepted in production, which also keeps the worker
 * from being pointed at internal services (SSRF); tests and local development opt out.
 */
const SLACK_PREFIX = "https://hooks.slack.com/";

export type WebhookUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

export function checkWebhookUrl(raw: string, options: { allowAnyUrl: boolean }): WebhookUrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: "Not a valid URL" };
  }
  if (options.allowAnyUrl) {
    if (url.protocol !== "https:" && url.protocol !== "http:")
      return { ok: false, reason: "Use an http(s) URL" };
    return { ok: true, url: url.toString() };
  }
  if (!url.toString().startsWith(SLACK_PREFIX) || url.username || url.password || url.port) {
    return { ok: false, reason: "Use a Slack incoming webhook URL (https://hooks.slack.com/services/…)" };
  }
  return { ok: true, url: url.toString() };
}

/**
 * What the UI may show instead of the URL: scheme, host, the first characters of the first
 * path segment after /services/ and the last three characters, e.g.
 * `https://hooks.slack.com/services/T…/…XYZ`.
 */
export function webhookUrlHint(raw: string): string {
  const url = new URL(raw);
  const segments = url.pathname.split("/").filter(Boolean);
  const tail = url.pathname.replace(/\/+$/, "").slice(-3);
  const isSlack = segments[0] === "services" && segments.length >= 2;
  const lead = isSlack
    ? `/services/${(segments[1] ?? "").slice(0, 1)}…`
    : segments.length > 1
      ? `/${(segments[0] ?? "").slice(0, 1)}…`
      : "";
  return `${url.protocol}//${url.host}${lead}/…${tail}`;
}
