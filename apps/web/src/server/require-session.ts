import type { SessionContext } from "@trustwatch/api";
import { redirect } from "next/navigation";
import { getCurrentSession } from "./session";

/**
 * The current session, or a redirect to /sign-in. Next.js renders a layout and its page in
 * parallel, so a page that reads data checks the session itself rather than relying on the layout.
 */
export async function requireSession(): Promise<SessionContext> {
  const session = await getCurrentSession();
  if (!session) redirect("/sign-in");
  return session;
}
