import type { Db } from "../client";
import type { MemberRole } from "../generated/prisma/enums";

export type MemberSummary = {
  id: string;
  userId: string;
  email: string;
  name: string;
  role: MemberRole;
  createdAt: Date;
};

export class MemberAdminError extends Error {
  override name = "MemberAdminError";
  constructor(
    readonly code: "last-admin",
    message: string,
  ) {
    super(message);
  }
}

const SELECT = {
  id: true,
  userId: true,
  role: true,
  createdAt: true,
  user: { select: { email: true, name: true } },
} as const;

type Row = {
  id: string;
  userId: string;
  role: MemberRole;
  createdAt: Date;
  user: { email: string; name: string };
};
const toSummary = (row: Row): MemberSummary => ({
  id: row.id,
  userId: row.userId,
  email: row.user.email,
  name: row.user.name,
  role: row.role,
  createdAt: row.createdAt,
});

export async function listMembers(db: Db, organizationId: string): Promise<MemberSummary[]> {
  const rows = await db.member.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: SELECT,
  });
  return rows.map(toSummary);
}

export async function getMember(
  db: Db,
  organizationId: string,
  memberId: string,
): Promise<MemberSummary | null> {
  const row = await db.member.findFirst({ where: { id: memberId, organizationId }, select: SELECT });
  return row ? toSummary(row) : null;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Lock the organization's membership changes and refuse one that would leave no admin. The
 * advisory lock serialises two admins demoting each other at the same moment.
 */
async function assertAdminRemains(
  tx: Tx,
  organizationId: string,
  member: MemberSummary,
  nextRole: MemberRole | null,
) {
  if (member.role !== "admin" || nextRole === "admin") return;
  const admins = await tx.member.count({ where: { organizationId, role: "admin" } });
  if (admins <= 1) {
    throw new MemberAdminError(
      "last-admin",
      "An organization needs at least one admin: promote someone else first",
    );
  }
}

export async function updateMemberRole(
  db: Db,
  organizationId: string,
  memberId: string,
  role: MemberRole,
): Promise<{ before: MemberSummary; after: MemberSummary } | null> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`members:${organizationId}`}))`;
    const row = await tx.member.findFirst({ where: { id: memberId, organizationId }, select: SELECT });
    if (!row) return null;
    const before = toSummary(row);
    await assertAdminRemains(tx, organizationId, before, role);
    const updated = await tx.member.update({ where: { id: row.id }, data: { role }, select: SELECT });
    return { before, after: toSummary(updated) };
  });
}

export async function removeMember(
  db: Db,
  organizationId: string,
  memberId: string,
): Promise<MemberSummary | null> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`members:${organizationId}`}))`;
    const row = await tx.member.findFirst({ where: { id: memberId, organizationId }, select: SELECT });
    if (!row) return null;
    const before = toSummary(row);
    await assertAdminRemains(tx, organizationId, before, null);
    await tx.member.delete({ where: { id: row.id } });
    return before;
  });
}
