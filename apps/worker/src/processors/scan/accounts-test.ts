import { classifyAwsError, getCallerIdentity } from "@trustwatch/aws";
import { getAccountScanTarget, recordAccountConnectionTest } from "@trustwatch/db";
import { type AccountTestResult, JOB, parsePayload } from "@trustwatch/jobs";
import { type Job, UnrecoverableError } from "bullmq";
import type { ProcessorDeps } from "../deps";

/**
 * accounts.test: assume the account's audit role with the tenant's ExternalId and ask STS who
 * we are. Answers (never throws for AWS errors) so the person onboarding sees what to fix;
 * the outcome is also stored on the account (status, lastError).
 */
export async function processAccountsTest(job: Job, deps: ProcessorDeps): Promise<AccountTestResult> {
  const { organizationId, awsAccountId } = parsePayload(JOB.accountsTest, job.data);
  const target = await getAccountScanTarget(deps.db, organizationId, awsAccountId);
  if (!target)
    throw new UnrecoverableError(`account ${awsAccountId} not found for organization ${organizationId}`);
  const result = await testConnection(deps, target);
  await recordAccountConnectionTest(deps.db, organizationId, awsAccountId, result);
  return result;
}

async function testConnection(
  deps: ProcessorDeps,
  target: { accountId: string; auditRoleArn: string; externalId: string },
): Promise<AccountTestResult> {
  let credentials: Awaited<ReturnType<ProcessorDeps["assumer"]["assume"]>>;
  try {
    credentials = await deps.assumer.assume({
      roleArn: target.auditRoleArn,
      externalId: target.externalId,
      sessionName: `trustwatch-test-${target.accountId}`,
    });
  } catch (error) {
    const c = classifyAwsError(error);
    const callerArn = await ownIdentity(deps);
    return {
      ok: false,
      code: c.code,
      message: explainAssumeFailure(c.kind, c.code, c.message, target, callerArn),
    };
  }
  try {
    const identity = await getCallerIdentity({ credentials, endpoint: deps.aws.endpoint });
    const accountId = identity.accountId;
    if (accountId !== target.accountId) {
      return {
        ok: false,
        code: "AccountMismatch",
        message: `The role answered from account ${accountId}, not ${target.accountId}: check the audit role ARN.`,
      };
    }
    return { ok: true, accountId, arn: identity.arn };
  } catch (error) {
    const c = classifyAwsError(error);
    return {
      ok: false,
      code: c.code,
      message: `The role was assumed but STS GetCallerIdentity failed: ${c.message}`,
    };
  }
}

/** The worker's own account root, which the audit role's trust policy must name. */
async function ownIdentity(deps: ProcessorDeps): Promise<string | null> {
  try {
    const identity = await getCallerIdentity({
      credentials: deps.aws.credentials,
      endpoint: deps.aws.endpoint,
    });
    return identity.accountId ? `arn:aws:iam::${identity.accountId}:root` : null;
  } catch {
    return null;
  }
}

function explainAssumeFailure(
  kind: string,
  code: string,
  message: string,
  target: { auditRoleArn: string; externalId: string },
  callerArn: string | null,
): string {
  if (kind === "access-denied") {
    return (
      `${code}: Trustwatch could not assume ${target.auditRoleArn}. The role's trust policy must allow ` +
      `${callerArn ?? "the Trustwatch account's root"} to call sts:AssumeRole with the condition ` +
      `sts:ExternalId = "${target.externalId}", and the role must exist in that account. (${message})`
    );
  }
  if (kind === "not-found") return `${code}: the role ${target.auditRoleArn} does not exist (${message})`;
  if (kind === "unreachable") return `${code}: AWS STS could not be reached from the worker (${message})`;
  return `${code}: ${message}`;
}
