import type { AwsError } from "../errors";
import type { ServiceResponse } from "./types";

/** JSON paging tokens are opaque to clients; here they carry the next offset. */
export function pageOf<T>(
  all: readonly T[],
  max: number,
  token: string | undefined,
  invalid: (msg: string) => AwsError,
) {
  let start = 0;
  if (token) {
    const m = /^tw:(\d+)$/.exec(Buffer.from(token, "base64").toString("utf8"));
    if (!m?.[1]) throw invalid("The nextToken provided is invalid.");
    start = Number(m[1]);
  }
  const items = all.slice(start, start + max);
  const next = start + items.length;
  return { items, nextToken: next < all.length ? Buffer.from(`tw:${next}`).toString("base64") : undefined };
}

export function jsonResponse(
  body: unknown,
  requestId: string,
  contentType = "application/json",
): ServiceResponse {
  return {
    status: 200,
    headers: { "content-type": contentType, "x-amzn-requestid": requestId },
    body: JSON.stringify(body),
  };
}

/** REST-JSON services (EKS) name the error in the `x-amzn-ErrorType` header and put `message` in the body. */
export function restJsonError(error: AwsError, requestId: string): ServiceResponse {
  return {
    status: error.status,
    headers: {
      "content-type": "application/json",
      "x-amzn-errortype": error.code,
      "x-amzn-requestid": requestId,
    },
    body: JSON.stringify({ message: error.message, ...error.extra }),
  };
}

/** JSON 1.1 services (Organizations) put `__type` and `Message` in the body. */
export function json11Error(error: AwsError, requestId: string): ServiceResponse {
  return {
    status: error.status,
    headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": requestId },
    body: JSON.stringify({ __type: error.code, Message: error.message, ...error.extra }),
  };
}

export function epochSeconds(iso: string): number {
  return Date.parse(iso) / 1000;
}

export function maxResults(
  raw: string | null,
  limit: number,
  fallback: number,
  invalid: (msg: string) => AwsError,
): number {
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > limit) throw invalid(`maxResults must be between 1 and ${limit}.`);
  return n;
}
