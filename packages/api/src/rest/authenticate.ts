import {
  type ApiTokenScope,
  type AuthenticatedApiToken,
  authenticateApiToken,
  type Db,
} from "@trustwatch/db";
import { jsonError } from "./responses";

/**
 * What each scope may do. `scan` includes `read`: a pipeline that starts a scan also needs to
 * follow its progress and read the findings it raised.
 */
const GRANTS: Record<ApiTokenScope, ApiTokenScope[]> = { read: ["read"], scan: ["read", "scan"] };

const REASONS = {
  missing: "Send an API token as `Authorization: Bearer tw_…`",
  malformed: "The API token is malformed",
  unknown: "The API token is not valid",
  revoked: "The API token has been revoked",
  expired: "The API token has expired",
} as const;

const unauthorized = (reason: keyof typeof REASONS) =>
  jsonError(401, "unauthorized", REASONS[reason], { "www-authenticate": 'Bearer realm="trustwatch"' });

/**
 * The token presented in `Authorization: Bearer …`, if it is valid and grants `scope`; otherwise
 * the error response to send: 401 for a missing, invalid, revoked or expired token, 403 for a
 * valid token whose scope does not allow the request.
 */
export async function authenticateRequest(
  db: Db,
  request: Request,
  scope: ApiTokenScope,
  now: Date,
): Promise<{ ok: true; token: AuthenticatedApiToken } | { ok: false; response: Response }> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return { ok: false, response: unauthorized("missing") };
  const result = await authenticateApiToken(db, match[1], now);
  if (!result.ok) return { ok: false, response: unauthorized(result.reason) };
  if (!GRANTS[result.token.scope].includes(scope)) {
    return {
      ok: false,
      response: jsonError(
        403,
        "forbidden",
        `This token's scope (${result.token.scope}) does not allow this request; it needs "${scope}"`,
      ),
    };
  }
  return { ok: true, token: result.token };
}
