import { type Db, findMembership, listFindings } from "@trustwatch/db";
import type { SessionContext } from "../context";
import { parseFindingsQuery } from "./findings-query";
import { findingsToCsv, findingToJson } from "./findings-serializer";
import { jsonError } from "./responses";

/** A spreadsheet export is bounded so one click cannot pin a web process. */
export const EXPORT_MAX_ROWS = 20_000;

/**
 * `GET /api/export/findings?format=csv|json&status=&severity=&rule=` for a signed-in member of
 * the session's active organization: every matching finding (up to EXPORT_MAX_ROWS), as a file.
 */
export async function handleSessionFindingsExport(
  db: Db,
  session: SessionContext | null,
  request: Request,
): Promise<Response> {
  if (!session) return jsonError(401, "unauthorized", "Sign in to continue");
  const organizationId = session.activeOrganizationId;
  const membership = organizationId ? await findMembership(db, organizationId, session.userId) : null;
  if (!membership) return jsonError(404, "not_found", "Organization not found");
  const parsed = parseFindingsQuery(new URL(request.url));
  if (!parsed.ok) return jsonError(400, "bad_request", parsed.message);
  const { query } = parsed;
  const items: Awaited<ReturnType<typeof listFindings>>["items"] = [];
  let cursor: string | null = null;
  do {
    const page = await listFindings(db, membership.organizationId, {
      filter: query.filter,
      cursor,
      limit: 500,
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < EXPORT_MAX_ROWS);
  const rows = items.slice(0, EXPORT_MAX_ROWS);
  const isTruncated = items.length > EXPORT_MAX_ROWS || cursor !== null;
  const date = new Date().toISOString().slice(0, 10);
  const headers: Record<string, string> = {
    "cache-control": "no-store",
    ...(isTruncated ? { "x-truncated": "true" } : {}),
  };
  if (query.format === "csv") {
    return new Response(findingsToCsv(rows), {
      headers: {
        ...headers,
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="trustwatch-findings-${date}.csv"`,
      },
    });
  }
  return new Response(JSON.stringify({ items: rows.map(findingToJson), isTruncated }), {
    headers: {
      ...headers,
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="trustwatch-findings-${date}.json"`,
    },
  });
}
