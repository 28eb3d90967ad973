import type { Db } from "@trustwatch/db";
import type { Queues } from "@trustwatch/jobs";

/** The signed-in session as the web adapter reads it from better-auth; null when signed out. */
export type SessionContext = {
  sessionId: string;
  userId: string;
  email: string;
  activeOrganizationId: string | null;
};

export type Context = {
  db: Db;
  session: SessionContext | null;
  /** Producer queues, created on first use: read-only pages never open a Redis connection. */
  queues: () => Queues;
  now: () => Date;
};

export function createContext(input: {
  db: Db;
  session: SessionContext | null;
  queues?: () => Queues;
  now?: () => Date;
}): Context {
  return {
    db: input.db,
    session: input.session,
    queues:
      input.queues ??
      (() => {
        throw new Error("job queues are not configured for this context");
      }),
    now: input.now ?? (() => new Date()),
  };
}
