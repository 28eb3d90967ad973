import { handleGetScan } from "@trustwatch/api";
import { getServerDb } from "@/server/db";
import { getQueues } from "@/server/queues";

/** A scan's progress (API token, read scope); see packages/api/src/rest/scans.ts. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  return handleGetScan(getServerDb(), getQueues, request, id);
}
