import { JOB, parsePayload, type Queues } from "@trustwatch/jobs";

/**
 * Queue the approvers' Slack message for a waiting request. Same job as the jobs package's
 * `enqueueRemediationNotification` (appended to producers.ts); use that once the package exports it.
 */
export async function notifyApprovers(
  queues: Queues,
  payload: { organizationId: string; requestId: string },
) {
  const data = parsePayload(JOB.notifyRemediation, payload);
  await queues.notify.add(JOB.notifyRemediation, data, { jobId: `notify-remediation-${data.requestId}` });
}
