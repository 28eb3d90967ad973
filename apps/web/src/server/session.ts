import type { SessionContext } from "@trustwatch/api";
import { headers } from "next/headers";
import { cache } from "react";
import { getAuth } from "./auth";

/** Read the better-auth session for a request into the shape the API context expects. */
export async function readSession(requestHeaders: Headers): Promise<SessionContext | null> {
  const result = await getAuth().api.getSession({ headers: requestHeaders });
  if (!result) return null;
  return {
    sessionId: result.session.id,
    userId: result.user.id,
    email: result.user.email,
    activeOrganizationId: result.session.activeOrganizationId ?? null,
  };
}

/** The current request's session in server components, read once per request. */
export const getCurrentSession = cache(async () => readSession(await headers()));
