import { getServerDb } from "@/server/db";

export const dynamic = "force-dynamic";

/** Liveness + database reachability, for docker-compose and load balancer health checks. */
export async function GET(): Promise<Response> {
  try {
    await getServerDb().$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "database unreachable" }, { status: 503 });
  }
}
