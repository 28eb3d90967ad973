import { handleListFindings } from "@trustwatch/api";
import { getServerDb } from "@/server/db";
import { getQueues } from "@/server/queues";

/** Findings for automation (API token, read scope); see packages/api/src/rest/findings.ts. */
export function GET(request: Request): Promise<Response> {
  return handleListFindings(getServerDb(), getQueues, request);
}
