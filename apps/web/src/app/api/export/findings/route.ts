import { handleSessionFindingsExport } from "@trustwatch/api";
import { getServerDb } from "@/server/db";
import { readSession } from "@/server/session";

/** Findings export for the signed-in member (CSV or JSON file); same serializer as /api/v1/findings. */
export async function GET(request: Request): Promise<Response> {
  return handleSessionFindingsExport(getServerDb(), await readSession(request.headers), request);
}
