import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createContext } from "@trustwatch/api";
import { getServerDb } from "@/server/db";
import { getQueues } from "@/server/queues";
import { getSecrets } from "@/server/secrets";
import { readSession } from "@/server/session";

function handler(request: Request): Promise<Response> {
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
