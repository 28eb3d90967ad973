import {
  ApplyOperationsError,
  applyOperations,
  classifyAwsError,
  createIamClient,
  readLiveState,
} from "@trustwatch/aws";
import { sameDocument, ZPlan } from "@trustwatch/core";
import {
  claimRemediationRequest,
  finishRemediationRequest,
  getRemediationRequest,
  getRemediationTarget,
  writeAuditLog,
} from "@trustwatch/db";
import { JOB, parsePayload } from "@trustwatch/jobs";
import { type Job, UnrecoverableError } from "bullmq";
import type { ProcessorDeps } from "../deps";
import { rescanTarget } from "./rescan-target";

const FINAL = new Set(["succeeded", "failed", "stale", "rejected"]);

/**
 * remediation.execute: re-read the request and tenant, assume the account's remediation role
 * (never the read-only audit role) with the tenant's ExternalId, check the live resource still
 * equals the plan's "before" (else `stale`), apply, re-scan the resource and reconcile findings.
 * Idempotent: a finished request returns as is; a request left `running` by a dead worker is
 * resumed from the live state (already applied → verify; untouched → apply; else stale).
 */
export async function processRemediationExecute(job: Job, deps: ProcessorDeps) {
  const { organizationId, requestId } = parsePayload(JOB.remediationExecute, job.data);
  const request = await getRemediationRequest(deps.db, organizationId, requestId);
  if (!request) throw new UnrecoverableError(`remediation request ${requestId} not found`);
  if (FINAL.has(request.status)) return { status: request.status };
  if (request.status === "pending")
    throw new UnrecoverableError(`remediation request ${requestId} is not approved`);
  const isResuming = request.status === "running";
  if (!isResuming && !(await claimRemediationRequest(deps.db, organizationId, requestId, deps.now()))) {
    return { status: "claimed-elsewhere" };
  }

  const audit = (action: string, after?: unknown) =>
    writeAuditLog(deps.db, {
      organizationId,
      actorType: "system",
      actorId: null,
      action,
      targetType: "remediation",
      targetId: requestId,
      after,
    });
  const fail = async (error: string, result?: unknown): Promise<never> => {
    await finishRemediationRequest(deps.db, organizationId, requestId, {
      status: "failed",
      error,
      result,
      now: deps.now(),
    });
    await audit("remediation.fail", { error, ...(result ? { result } : {}) });
    throw new UnrecoverableError(error);
  };

  const parsed = ZPlan.safeParse(request.plan);
  if (!parsed.success) return fail("the stored plan is not readable");
  const plan = parsed.data;
  const target = await getRemediationTarget(deps.db, organizationId, request.accountId);
  if (!target?.remediationRoleArn)
    return fail(
      `account ${request.accountId} has no remediation role: register one (Accounts) before applying fixes`,
    );
  await audit("remediation.start", { roleArn: target.remediationRoleArn, isResuming });

  let iam: ReturnType<typeof createIamClient>;
  let live: string;
  try {
    const credentials = await deps.assumer.assume({
      roleArn: target.remediationRoleArn,
      externalId: target.externalId,
      sessionName: `trustwatch-remediation-${requestId}`,
    });
    iam = createIamClient({ credentials, endpoint: deps.aws.endpoint, maxAttempts: deps.aws.maxAttempts });
    live = await readLiveState(iam, plan);
  } catch (error) {
    const c = classifyAwsError(error);
    return fail(
      `${c.code}: cannot read ${plan.targetArn} with remediation role ${target.remediationRoleArn} (${c.message})`,
    );
  }

  try {
    const isApplied = isResuming && sameDocument(plan.resourceType, live, plan.after);
    if (!isApplied) {
      if (!sameDocument(plan.resourceType, live, request.beforeDocument)) {
        await finishRemediationRequest(deps.db, organizationId, requestId, {
          status: "stale",
          error: "The resource changed since the plan was made: nothing was applied. Re-scan and plan again.",
          result: { live },
          now: deps.now(),
        });
        await audit("remediation.stale", { live });
        return { status: "stale" };
      }
      try {
        await applyOperations(iam, plan.operations);
      } catch (error) {
        if (error instanceof ApplyOperationsError)
          return fail(error.message, { applied: error.applied, failed: error.failed });
        throw error;
      }
      await audit("remediation.apply", { operations: plan.operations });
    }

    const rescan = await rescanTarget(deps, iam, {
      organizationId,
      awsAccountId: target.awsAccountId,
      plan,
      findingResourceArn: request.finding?.resourceArn ?? null,
    });
    const result = {
      operations: plan.operations,
      reconciled: rescan.reconciled,
      findingResolved: !rescan.isFindingPresent,
    };
    if (!sameDocument(plan.resourceType, rescan.live, plan.after))
      return fail("IAM does not hold the planned document after applying it", {
        ...result,
        live: rescan.live,
      });
    // A rollback reopens the finding on purpose; any other plan must have resolved it.
    if (plan.kind !== "rollback" && rescan.isFindingPresent)
      return fail("Applied, but the re-scan still reports the finding", result);
    await finishRemediationRequest(deps.db, organizationId, requestId, {
      status: "succeeded",
      result,
      now: deps.now(),
    });
    await audit("remediation.succeed", result);
    deps.logger.info("remediation succeeded", { requestId, kind: plan.kind, targetArn: plan.targetArn });
    return { status: "succeeded" };
  } finally {
    iam.destroy();
  }
}
