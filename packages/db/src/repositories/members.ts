import type { Db } from "../client";
import type { MemberRole } from "../generated/prisma/enums";

export type Membership = { organizationId: string; userId: string; role: MemberRole };

/** The user's membership in one organization, or null when the user is not a member of it. */
export async function findMembership(
  db: Db,
  organizationId: string,
  userId: string,
): Promise<Membership | null> {
  const member = await db.member.findUnique({
    where: { organizationId_userId: { organizationId, userId } },
    select: { organizationId: true, userId: true, role: true },
  });
  return member ? { organizationId: member.organizationId, userId: member.userId, role: member.role } : null;
}

/** The membership a new session starts in: the user's oldest one (stable across sign-ins). */
export async function findDefaultMembership(db: Db, userId: string): Promise<Membership | null> {
  const member = await db.member.findFirst({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { organizationId: true, userId: true, role: true },
  });
  return member ? { organizationId: member.organizationId, userId: member.userId, role: member.role } : null;
}
