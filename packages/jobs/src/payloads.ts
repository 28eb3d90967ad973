import { z } from "zod";
import { JOB, type JobName } from "./names";

// Payloads carry ids only: processors re-read the tenant and everything else from the
// database, so a stale or forged payload cannot widen what a job touches.
const ZId = z.string().min(1).max(64);

export const ZScanOrgPayload = z.object({ organizationId: ZId, scanId: ZId });
export const ZScanAccountPayload = z.object({ organizationId: ZId, scanId: ZId, awsAccountId: ZId });
export const ZScanEvaluatePayload = z.object({ organizationId: ZId, scanId: ZId });
export const ZAccountsDiscoverPayload = z.object({ organizationId: ZId });
export const ZAccountsTestPayload = z.object({ organizationId: ZId, awsAccountId: ZId });
export const ZRemediationExecutePayload = z.object({ organizationId: ZId, requestId: ZId });
export const ZNotifyScanPayload = z.object({ organizationId: ZId, scanId: ZId });
export const ZNotifyRemediationPayload = z.object({ organizationId: ZId, requestId: ZId });
export const ZNotifyTestPayload = z.object({ organizationId: ZId, channelId: ZId });
export const ZScheduleFirePayload = z.object({ organizationId: ZId, scheduleId: ZId });

export const PAYLOAD_SCHEMAS = {
  [JOB.scanOrg]: ZScanOrgPayload,
  [JOB.scanAccount]: ZScanAccountPayload,
  [JOB.scanEvaluate]: ZScanEvaluatePayload,
  [JOB.accountsDiscover]: ZAccountsDiscoverPayload,
  [JOB.accountsTest]: ZAccountsTestPayload,
  [JOB.remediationExecute]: ZRemediationExecutePayload,
  [JOB.notifyScan]: ZNotifyScanPayload,
  [JOB.notifyRemediation]: ZNotifyRemediationPayload,
  [JOB.notifyTest]: ZNotifyTestPayload,
  [JOB.scheduleFire]: ZScheduleFirePayload,
} as const satisfies Record<JobName, z.ZodType>;

export type PayloadOf<N extends JobName> = z.infer<(typeof PAYLOAD_SCHEMAS)[N]>;

export class InvalidPayloadError extends Error {
  override name = "InvalidPayloadError";
}

/** Validate a payload for a job name; throws a readable error naming the job and field. */
export function parsePayload<N extends JobName>(name: N, data: unknown): PayloadOf<N> {
  const result = PAYLOAD_SCHEMAS[name].safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InvalidPayloadError(
      `invalid ${name} payload: ${issue?.path.join(".") || "(root)"} ${issue?.message}`,
    );
  }
  return result.data as PayloadOf<N>;
}
