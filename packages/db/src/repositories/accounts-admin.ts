import type { Db } from "../client";
import type { AwsAccountStatus } from "../generated/prisma/enums";

export class AwsAccountExistsError extends Error {
  override name = "AwsAccountExistsError";
  constructor(readonly accountId: string) {
    super(`AWS account ${accountId} is already registered in this organization`);
  }
}

/** Accounts with the outcome of their latest scan, for the Accounts page. */
export async function listAccountsWithLastScan(db: Db, organizationId: string) {
  const accounts = await db.awsAccount.findMany({
    where: { organizationId },
    orderBy: [{ name: "asc" }, { accountId: "asc" }],
    include: {
      scanResults: {
        orderBy: [{ scan: { createdAt: "desc" } }],
        take: 1,
        select: { scanId: true, status: true, error: true, finishedAt: true },
      },
    },
  });
  return accounts.map(({ scanResults, ...account }) => ({ ...account, lastScan: scanResults[0] ?? null }));
}

/** Register an account; a second registration of the same 12-digit id is refused, not merged. */
export async function registerAwsAccount(
  db: Db,
  organizationId: string,
  input: {
    accountId: string;
    name: string;
    auditRoleArn: string;
    remediationRoleArn: string | null;
    regions: string[];
  },
) {
  const existing = await db.awsAccount.findFirst({ where: { organizationId, accountId: input.accountId } });
  if (existing && existing.status !== "disabled") throw new AwsAccountExistsError(input.accountId);
  if (existing) {
    // Re-adding a removed account brings it back with the new settings and its history.
    return db.awsAccount.update({
      where: { id: existing.id },
      data: { ...input, status: "pending", lastError: null, source: "manual" },
    });
  }
  return db.awsAccount.create({ data: { organizationId, ...input, source: "manual" } });
}

export async function updateAwsAccount(
  db: Db,
  organizationId: string,
  awsAccountId: string,
  patch: { name?: string; auditRoleArn?: string; remediationRoleArn?: string | null; regions?: string[] },
) {
  const result = await db.awsAccount.updateMany({ where: { id: awsAccountId, organizationId }, data: patch });
  if (result.count === 0) return null;
  return db.awsAccount.findFirst({ where: { id: awsAccountId, organizationId } });
}

/** Soft removal: a disabled account is no longer scanned; its inventory and findings stay. */
export async function disableAwsAccount(db: Db, organizationId: string, awsAccountId: string) {
  const result = await db.awsAccount.updateMany({
    where: { id: awsAccountId, organizationId },
    data: { status: "disabled" },
  });
  if (result.count === 0) return null;
  return db.awsAccount.findFirst({ where: { id: awsAccountId, organizationId } });
}

/**
 * Record a connection test: a failure shows on the account until the next success or scan.
 * A disabled account stays disabled whatever the test says.
 */
export async function recordAccountConnectionTest(
  db: Db,
  organizationId: string,
  awsAccountId: string,
  outcome: { ok: true } | { ok: false; message: string },
) {
  const data: { status?: AwsAccountStatus; lastError: string | null } = outcome.ok
    ? { lastError: null }
    : { status: "error", lastError: outcome.message };
  await db.awsAccount.updateMany({
    where: { id: awsAccountId, organizationId, status: { not: "disabled" } },
    data,
  });
  if (outcome.ok) {
    // A working role clears an earlier access error; "pending" stays until the first scan.
    await db.awsAccount.updateMany({
      where: { id: awsAccountId, organizationId, status: "error" },
      data: { status: "active" },
    });
  }
}

/** What onboarding shows: the ExternalId the roles must require, and the discovery setting. */
export async function getOrganizationOnboarding(db: Db, organizationId: string) {
  return db.organization.findUnique({
    where: { id: organizationId },
    select: { externalId: true, discoveryEnabled: true, managementRoleArn: true },
  });
}
