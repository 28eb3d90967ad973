import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../client";
import type { MemberRole } from "../generated/prisma/enums";

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export type InvitationSummary = {
  id: string;
  email: string;
  role: MemberRole;
  status: InvitationStatus;
  invitedById: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

export type InvitationErrorCode =
  | "already-member"
  | "not-found"
  | "expired"
  | "revoked"
  | "accepted"
  | "email-mismatch";

export class InvitationError extends Error {
  override name = "InvitationError";
  constructor(
    readonly code: InvitationErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const SELECT = {
  id: true,
  email: true,
  role: true,
  invitedById: true,
  createdAt: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
} as const;

type Row = Omit<InvitationSummary, "status">;

function statusOf(row: Row, now: Date): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

const summarize = (row: Row, now: Date): InvitationSummary => ({ ...row, status: statusOf(row, now) });

/**
 * Invite an email address with a role. Any earlier pending invitation for the same address is
 * revoked, so exactly one link works. The token is returned once; only its SHA-256 is stored.
 */
export async function createInvitation(
  db: Db,
  organizationId: string,
  input: { email: string; role: MemberRole; invitedById: string; now: Date },
): Promise<{ token: string; invitation: InvitationSummary; revokedIds: string[] }> {
  const email = normalizeEmail(input.email);
  const existing = await db.member.findFirst({
    where: { organizationId, user: { email: { equals: email, mode: "insensitive" } } },
    select: { id: true },
  });
  if (existing)
    throw new InvitationError("already-member", `${email} is already a member of this organization`);
  const token = randomBytes(32).toString("base64url");
  return db.$transaction(async (tx) => {
    const pending = await tx.invitation.findMany({
      where: { organizationId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: input.now } },
      select: { id: true },
    });
    await tx.invitation.updateMany({
      where: { id: { in: pending.map((p) => p.id) }, organizationId },
      data: { revokedAt: input.now },
    });
    const row = await tx.invitation.create({
      data: {
        organizationId,
        email,
        role: input.role,
        tokenHash: hashInvitationToken(token),
        invitedById: input.invitedById,
        expiresAt: new Date(input.now.getTime() + INVITATION_TTL_MS),
      },
      select: SELECT,
    });
    return { token, invitation: summarize(row, input.now), revokedIds: pending.map((p) => p.id) };
  });
}

/** Newest first; pending ones and the recent history. */
export async function listInvitations(
  db: Db,
  organizationId: string,
  now: Date,
): Promise<InvitationSummary[]> {
  const rows = await db.invitation.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: SELECT,
  });
  return rows.map((row) => summarize(row, now));
}

/** Revoke a pending invitation; null when the organization has no such invitation. */
export async function revokeInvitation(
  db: Db,
  organizationId: string,
  invitationId: string,
  now: Date,
): Promise<{ before: InvitationSummary; after: InvitationSummary } | null> {
  const row = await db.invitation.findFirst({ where: { id: invitationId, organizationId }, select: SELECT });
  if (!row) return null;
  const before = summarize(row, now);
  if (before.status !== "pending") return { before, after: before };
  await db.invitation.updateMany({
    where: { id: invitationId, organizationId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const after = await db.invitation.findFirstOrThrow({
    where: { id: invitationId, organizationId },
    select: SELECT,
  });
  return { before, after: summarize(after, now) };
}

/** What the accept page shows before the user accepts; null for an unknown token. */
export async function findInvitationByToken(db: Db, token: string, now: Date) {
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { ...SELECT, organizationId: true, organization: { select: { name: true } } },
  });
  if (!row) return null;
  const { organization, organizationId, ...rest } = row;
  return { ...summarize(rest, now), organizationId, organizationName: organization.name };
}

/**
 * Accept an invitation as the signed-in user. The conditional update makes a token single-use
 * even under concurrent requests; an existing member keeps their current role.
 */
export async function acceptInvitation(
  db: Db,
  input: { token: string; userId: string; email: string; now: Date },
): Promise<{
  invitationId: string;
  organizationId: string;
  role: MemberRole;
  memberId: string;
  isNewMember: boolean;
}> {
  return db.$transaction(async (tx) => {
    const row = await tx.invitation.findUnique({
      where: { tokenHash: hashInvitationToken(input.token) },
      select: { ...SELECT, organizationId: true },
    });
    if (!row) throw new InvitationError("not-found", "This invitation link is not valid");
    const status = statusOf(row, input.now);
    if (status === "accepted") throw new InvitationError("accepted", "This invitation has already been used");
    if (status === "revoked") throw new InvitationError("revoked", "This invitation has been revoked");
    if (status === "expired") throw new InvitationError("expired", "This invitation has expired");
    if (normalizeEmail(input.email) !== normalizeEmail(row.email)) {
      throw new InvitationError("email-mismatch", "This invitation was sent to another email address");
    }
    const claimed = await tx.invitation.updateMany({
      where: { id: row.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: input.now },
    });
    if (claimed.count !== 1) throw new InvitationError("accepted", "This invitation has already been used");
    const existing = await tx.member.findUnique({
      where: { organizationId_userId: { organizationId: row.organizationId, userId: input.userId } },
    });
    const member =
      existing ??
      (await tx.member.create({
        data: { organizationId: row.organizationId, userId: input.userId, role: row.role },
      }));
    return {
      invitationId: row.id,
      organizationId: row.organizationId,
      role: member.role,
      memberId: member.id,
      isNewMember: !existing,
    };
  });
}
