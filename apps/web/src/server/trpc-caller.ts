import { createCaller, createContext } from "@trustwatch/api";
import { cache } from "react";
import { getServerDb } from "./db";
import { getQueues } from "./queues";
import { getSecrets } from "./secrets";
import { getCurrentSession } from "./session";

/** A tRPC caller for server components, with the same authorization as HTTP calls. */
export const getServerCaller = cache(async () =>
  createCaller(
    createContext({
      db: getServerDb(),
      session: await getCurrentSession(),
      queues: getQueues,
      secrets: getSecrets(),
    }),
  ),
);
