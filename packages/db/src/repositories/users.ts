import type { Db } from "../client";

export type UserSummary = { id: string; email: string; name: string };

/** A user by id, or null. Identity rows are global (not tenant-scoped): users belong to many organizations. */
export async function getUserById(db: Db, userId: string): Promise<UserSummary | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true },
  });
  return user ? { id: user.id, email: user.email, name: user.name } : null;
}

/**
 * Point a signed-in session at an organization. Callers must have checked membership first
 * (see `findMembership`); the userId filter makes sure a session can only be changed by its owner.
 * Returns false when no such session exists for that user.
 */
export async function setSessionActiveOrganization(
  db: Db,
  input: { sessionId: string; userId: string; organizationId: string },
): Promise<boolean> {
  const result = await db.session.updateMany({
    where: { id: input.sessionId, userId: input.userId },
    data: { activeOrganizationId: input.organizationId },
  });
  return result.count === 1;
}
