import { handleStartScan } from "@trustwatch/api";
import { getServerDb } from "@/server/db";
import { getQueues } from "@/server/queues";

/** Start a scan (API token, scan scope); see packages/api/src/rest/scans.ts. */
export function POST(request: Request): Promise<Response> {
  return handleStartScan(getServerDb(), getQueues, request);
}
