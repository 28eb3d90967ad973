import type { Db } from "../client";

export type AwsAccountInput = {
  accountId: string;
  name: string;
  auditRoleArn: string;
  remediationRoleArn?: string | null;
  externalId?: string | null;
  regions: string[];
  source?: "manual" | "organizations";
};

export async function createAwsAccount(db: Db, organizationId: string, input: AwsAccountInput) {
  return db.awsAccount.create({ data: { organizationId, ...input, source: input.source ?? "manual" } });
}

/** Add or refresh an account (Organizations discovery and re-runs of `account add`). */
export async function upsertAwsAccount(db: Db, organizationId: string, input: AwsAccountInput) {
  const { accountId, ...rest } = input;
  return db.awsAccount.upsert({
    where: { organizationId_accountId: { organizationId, accountId } },
    create: { organizationId, accountId, ...rest, source: input.source ?? "manual" },
    update: rest,
  });
}

export async function listAwsAccounts(db: Db, organizationId: string) {
  return db.awsAccount.findMany({ where: { organizationId }, orderBy: { name: "asc" } });
}

/** Accounts a scan covers: every account not disabled. */
export async function listScannableAccounts(db: Db, organizationId: string) {
  return db.awsAccount.findMany({
    where: { organizationId, status: { not: "disabled" } },
    orderBy: { accountId: "asc" },
  });
}

export async function getAwsAccount(db: Db, organizationId: string, awsAccountId: string) {
  return db.awsAccount.findFirst({ where: { id: awsAccountId, organizationId } });
}

/** What the worker needs to reach the account: its roles and the ExternalId to present. */
export async function getAccountScanTarget(db: Db, organizationId: string, awsAccountId: string) {
  const account = await db.awsAccount.findFirst({
    where: { id: awsAccountId, organizationId },
    include: { organization: { select: { externalId: true } } },
  });
  if (!account) return null;
  return {
    id: account.id,
    accountId: account.accountId,
    name: account.name,
    regions: account.regions,
    auditRoleArn: account.auditRoleArn,
    remediationRoleArn: account.remediationRoleArn,
    externalId: account.externalId ?? account.organization.externalId,
  };
}
