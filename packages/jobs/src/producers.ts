import { JOB } from "./names";
import { parsePayload } from "./payloads";
import type { Queues } from "./queues";

/**
 * Enqueue the start of a scan. The job id is derived from the scan id, so a double click
 * or a retried API call cannot start the same scan twice (BullMQ ignores duplicate ids).
 */
export async function enqueueScan(queues: Queues, payload: { organizationId: string; scanId: string }) {
  const data = parsePayload(JOB.scanOrg, payload);
  return queues.scan.add(JOB.scanOrg, data, { jobId: `scan-org-${data.scanId}` });
}

export async function enqueueRemediation(queues: Queues, payload: { organizationId: string; requestId: string }) {
  const data = parsePayload(JOB.remediationExecute, payload);
  return queues.remediation.add(JOB.remediationExecute, data, {
    jobId: `remediation-${data.requestId}`,
    attempts: 1, // applying a change is not blindly retried: the processor re-checks state instead
  });
}

export async function enqueueScanNotification(queues: Queues, payload: { organizationId: string; scanId: string }) {
  const data = parsePayload(JOB.notifyScan, payload);
  return queues.notify.add(JOB.notifyScan, data, { jobId: `notify-scan-${data.scanId}` });
}

/** Ask a worker to list the organization's AWS Organizations member accounts and register them. */
export async function enqueueAccountDiscovery(queues: Queues, payload: { organizationId: string }) {
  const data = parsePayload(JOB.accountsDiscover, payload);
  return queues.scan.add(JOB.accountsDiscover, data, { attempts: 3 });
}
