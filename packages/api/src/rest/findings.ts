import { type Db, listFindings } from "@trustwatch/db";
import type { Queues } from "@trustwatch/jobs";
import { authenticateRequest } from "./authenticate";
import { parseFindingsQuery } from "./findings-query";
import { findingsToCsv, findingToJson } from "./findings-serializer";
import { jsonError, jsonOk } from "./responses";

export type RestOptions = { now?: () => Date };

/**
 * `GET /api/v1/findings?format=json|csv&status=&severity=&rule=&cursor=&limit=` for a token with
 * the read scope. One keyset page per request; the next page's cursor is in `nextCursor` (JSON)
 * and the `X-Next-Cursor` header (both formats).
 */
export async function handleListFindings(
  db: Db,
  _queues: () => Queues,
  request: Request,
  options: RestOptions = {},
): Promise<Response> {
  const now = options.now?.() ?? new Date();
  const auth = await authenticateRequest(db, request, "read", now);
  if (!auth.ok) return auth.response;
  const url = new URL(request.url);
  const parsed = parseFindingsQuery(url);
  if (!parsed.ok) return jsonError(400, "bad_request", parsed.message);
  const { query } = parsed;
  const page = await listFindings(db, auth.token.organizationId, {
    filter: query.filter,
    cursor: query.cursor,
    limit: query.limit,
  });
  const headers: Record<string, string> = {};
  if (page.nextCursor) {
    headers["x-next-cursor"] = page.nextCursor;
    const next = new URL(url);
    next.searchParams.set("cursor", page.nextCursor);
    headers.link = `<${next.pathname}${next.search}>; rel="next"`;
  }
  if (query.format === "csv") {
    return new Response(findingsToCsv(page.items), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="trustwatch-findings.csv"',
        "cache-control": "no-store",
        ...headers,
      },
    });
  }
  return jsonOk({ items: page.items.map(findingToJson), nextCursor: page.nextCursor }, { headers });
}
