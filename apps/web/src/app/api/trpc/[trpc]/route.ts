import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createContext } from "@trustwatch/api";
import { getEnv } from "@/env";
import { isCrossSiteRequest } from "@/server/csrf";
import { getServerDb } from "@/server/db";
import { getQueues } from "@/server/queues";
import { getSecrets } from "@/server/secrets";
import { readSession } from "@/server/session";

/** Largest tRPC request body accepted (inputs are small: ids, filters, a policy document). */
const MAX_BODY_BYTES = 256 * 1024;

async function handler(request: Request): Promise<Response> {
  if (request.method === "POST") {
    if (isCrossSiteRequest(request.headers, getEnv().appUrl)) {
      return Response.json({ error: "cross-site request refused" }, { status: 403 });
    }
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
      return Response.json({ error: "request body too large" }, { status: 413 });
    }
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: async () =>
      createContext({
        db: getServerDb(),
        session: await readSession(request.headers),
        queues: getQueues,
        secrets: getSecrets(),
      }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error);
    },
  });
}

export { handler as GET, handler as POST };
