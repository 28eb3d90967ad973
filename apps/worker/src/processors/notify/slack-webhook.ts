/** The outcome of one POST to an incoming webhook, classified for the retry policy. */
export type WebhookResult =
  | { kind: "delivered"; status: number }
  | { kind: "retry"; status: number | null; error: string; retryAfterMs: number | null }
  | { kind: "permanent"; status: number; error: string };

/**
 * Slack answers errors as text (`no_service`, `channel_not_found`, `invalid_token`…).
 * 404/410/403 mean the webhook is gone or revoked: retrying cannot help. 429 carries
 * Retry-After (seconds); 5xx and network errors are transient.
 */
export async function postWebhook(
  fetchFn: typeof fetch,
  url: string,
  body: unknown,
  options: { timeoutMs?: number; now?: () => number } = {},
): Promise<WebhookResult> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      redirect: "error", // a redirect could carry the message to another host
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    return { kind: "retry", status: null, error: `network: ${(error as Error).message}`, retryAfterMs: null };
  }
  const text = (await response.text().catch(() => "")).slice(0, 200);
  if (response.ok) return { kind: "delivered", status: response.status };
  const error = `HTTP ${response.status}${text ? `: ${text}` : ""}`;
  if (response.status === 429) {
    return {
      kind: "retry",
      status: 429,
      error,
      retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), options.now?.() ?? Date.now()),
    };
  }
  if (response.status >= 500 || response.status === 408)
    return { kind: "retry", status: response.status, error, retryAfterMs: null };
  return { kind: "permanent", status: response.status, error };
}

/** RFC 9110 §10.2.3: delay-seconds or an HTTP-date. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
