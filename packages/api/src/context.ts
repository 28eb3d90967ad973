import type { Db } from "@trustwatch/db";

/** The signed-in session as the web adapter reads it from better-auth; null when signed out. */
export type SessionContext = {
  sessionId: string;
  userId: string;
  email: string;
  activeOrganizationId: string | null;
};

export type Context = { db: Db; session: SessionContext | null };

export function createContext(input: { db: Db; session: SessionContext | null }): Context {
  return { db: input.db, session: input.session };
}
