import type { Db } from "../client";
import type { MemberRole } from "../generated/prisma/enums";

export type OrganizationSummary = { id: string; name: string; slug: string };
export type OrganizationWithRole = OrganizationSummary & { role: MemberRole };

/** One organization by id, or null. Callers resolve membership before showing it. */
export async function getOrganizationById(
  db: Db,
  organizationId: string,
): Promise<OrganizationSummary | null> {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, name: true, slug: true },
  });
  return org ? { id: org.id, name: org.name, slug: org.slug } : null;
}

/** Every organization the user is a member of, with the user's role there, by name. */
export async function listOrganizationsForUser(db: Db, userId: string): Promise<OrganizationWithRole[]> {
  const members = await db.member.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  return members.map((m) => ({
    id: m.organization.id,
    name: m.organization.name,
    slug: m.organization.slug,
    role: m.role,
  }));
}
