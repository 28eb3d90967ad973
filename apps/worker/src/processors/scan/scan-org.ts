import { createOrganizationsClient, listOrganizationAccounts } from "@trustwatch/aws";
import {
  type Db,
  getScan,
  listScanAccountResults,
  listScannableAccounts,
  startScanAccounts,
  upsertAwsAccount,
} from "@trustwatch/db";
import { JOB, parsePayload, QUEUE } from "@trustwatch/jobs";
import { type Job, UnrecoverableError } from "bullmq";
import type { ProcessorDeps } from "../deps";

const FINISHED = new Set(["succeeded", "partial", "failed", "cancelled"]);

/**
 * scan.org: resolve the accounts (registered + AWS Organizations discovery where enabled),
 * then fan out one scan.account per account under a scan.evaluate parent that runs when
 * all children are done. Job ids derive from the scan id, so a retry adds nothing twice.
 */
export async function processScanOrg(job: Job, deps: ProcessorDeps): Promise<{ accounts: number }> {
  const { organizationId, scanId } = parsePayload(JOB.scanOrg, job.data);
  const scan = await getScan(deps.db, organizationId, scanId);
  if (!scan) throw new UnrecoverableError(`scan ${scanId} not found for organization ${organizationId}`);
  if (FINISHED.has(scan.status)) return { accounts: scan.accountsTotal };

  // A running scan seen here again is being resumed (its jobs were lost, e.g. Redis lost its
  // data): only the accounts that had not finished are collected again.
  const isResume = scan.status === "running";
  let accounts: { id: string }[];
  if (isResume) {
    accounts = (await listScanAccountResults(deps.db, scanId))
      .filter((r) => r.status === "pending" || r.status === "running")
      .map((r) => ({ id: r.awsAccountId }));
  } else {
    await discoverAccounts(deps, organizationId, scanId);
    accounts = await listScannableAccounts(deps.db, organizationId);
    await startScanAccounts(
      deps.db,
      organizationId,
      scanId,
      accounts.map((a) => a.id),
      deps.now(),
    );
  }

  await deps.queues.flows.add({
    name: JOB.scanEvaluate,
    queueName: QUEUE.scan,
    data: { organizationId, scanId },
    opts: { jobId: `scan-evaluate-${scanId}` },
    children: accounts.map((a) => ({
      name: JOB.scanAccount,
      queueName: QUEUE.scan,
      data: { organizationId, scanId, awsAccountId: a.id },
      // An account that fails for good must not hold up evaluation of the others.
      opts: { jobId: `scan-account-${scanId}-${a.id}`, ignoreDependencyOnFailure: true },
    })),
  });
  deps.logger.info(isResume ? "scan resumed" : "scan fanned out", {
    scanId,
    organizationId,
    accounts: accounts.length,
  });
  return { accounts: accounts.length };
}

async function discoverAccounts(deps: ProcessorDeps, organizationId: string, scanId: string) {
  try {
    await discoverOrganizationAccounts(deps, organizationId, `trustwatch-discover-${scanId}`);
  } catch (error) {
    // Discovery is best effort: the registered accounts are still scanned.
    deps.logger.warn("organizations discovery failed", { organizationId, error: (error as Error).message });
  }
}

/** List member accounts from the management role and register the new ones. */
export async function discoverOrganizationAccounts(
  deps: ProcessorDeps,
  organizationId: string,
  sessionName: string,
) {
  const org = await deps.db.organization.findUnique({ where: { id: organizationId } });
  if (!org?.discoveryEnabled || !org.managementRoleArn) return [];
  const credentials = await deps.assumer.assume({
    roleArn: org.managementRoleArn,
    externalId: org.externalId,
    sessionName,
  });
  const client = createOrganizationsClient({
    credentials,
    endpoint: deps.aws.endpoint,
    maxAttempts: deps.aws.maxAttempts,
  });
  try {
    const discovered = await listOrganizationAccounts(client);
    await registerDiscovered(deps.db, organizationId, org.managementRoleArn, discovered);
    return discovered;
  } finally {
    client.destroy();
  }
}

async function registerDiscovered(
  db: Db,
  organizationId: string,
  managementRoleArn: string,
  discovered: { accountId: string; name: string; status: string }[],
) {
  const known = new Map((await listScannableAccounts(db, organizationId)).map((a) => [a.accountId, a]));
  const template = [...known.values()][0];
  const partition = managementRoleArn.split(":")[1] ?? "aws";
  for (const account of discovered) {
    if (account.status !== "ACTIVE" || known.has(account.accountId)) continue;
    await upsertAwsAccount(db, organizationId, {
      accountId: account.accountId,
      name: account.name,
      auditRoleArn: `arn:${partition}:iam::${account.accountId}:role/TrustwatchAudit`,
      regions: template?.regions ?? ["us-east-1"],
      source: "organizations",
    });
  }
}
