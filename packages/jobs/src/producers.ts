import { QueueEvents } from "bullmq";
import type { Redis } from "ioredis";
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

export async function enqueueRemediation(
  queues: Queues,
  payload: { organizationId: string; requestId: string },
) {
  const data = parsePayload(JOB.remediationExecute, payload);
  return queues.remediation.add(JOB.remediationExecute, data, {
    jobId: `remediation-${data.requestId}`,
    attempts: 1, // applying a change is not blindly retried: the processor re-checks state instead
  });
}

export async function enqueueScanNotification(
  queues: Queues,
  payload: { organizationId: string; scanId: string },
) {
  const data = parsePayload(JOB.notifyScan, payload);
  return queues.notify.add(JOB.notifyScan, data, { jobId: `notify-scan-${data.scanId}` });
}

/** Ask a worker to list the organization's AWS Organizations member accounts and register them. */
export async function enqueueAccountDiscovery(queues: Queues, payload: { organizationId: string }) {
  const data = parsePayload(JOB.accountsDiscover, payload);
  return queues.scan.add(JOB.accountsDiscover, data, { attempts: 3 });
}

/** What a connection test answers: the assumed identity, or why the role could not be used. */
export type AccountTestResult =
  | { ok: true; accountId: string; arn: string }
  | { ok: false; code: string; message: string };

/** Ask a worker to assume the account's audit role and call STS GetCallerIdentity with it. */
export async function enqueueAccountTest(
  queues: Queues,
  payload: { organizationId: string; awsAccountId: string },
) {
  const data = parsePayload(JOB.accountsTest, payload);
  // Not retried: the person waiting wants the first answer, and the next click asks again.
  return queues.scan.add(JOB.accountsTest, data, {
    attempts: 1,
    removeOnComplete: { age: 3600 },
    removeOnFail: { age: 3600 },
  });
}

/**
 * Enqueue a connection test and wait for a worker's answer. QueueEvents blocks on Redis, so it
 * gets a connection of its own (same server, no per-request retry limit), closed after the test.
 */
export async function runAccountTest(
  queues: Queues,
  payload: { organizationId: string; awsAccountId: string },
  timeoutMs = 20_000,
): Promise<AccountTestResult> {
  const queue = queues.scan;
  const base = (queue.opts.connection as Redis).options;
  const events = new QueueEvents(queue.name, {
    connection: { ...base, maxRetriesPerRequest: null, enableOfflineQueue: true, lazyConnect: false },
    prefix: queue.opts.prefix,
  });
  try {
    await events.waitUntilReady();
    const job = await enqueueAccountTest(queues, payload);
    try {
      return (await job.waitUntilFinished(events, timeoutMs)) as AccountTestResult;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/timed out/i.test(message)) {
        return {
          ok: false,
          code: "WorkerTimeout",
          message: `No worker answered within ${Math.round(timeoutMs / 1000)} s: check that the Trustwatch worker is running, then test again.`,
        };
      }
      return { ok: false, code: "TestFailed", message };
    }
  } finally {
    await events.close();
  }
}

/** One job per button press: every test is sent, and its delivery is recorded on its own. */
export async function enqueueTestNotification(
  queues: Queues,
  payload: { organizationId: string; channelId: string },
) {
  const data = parsePayload(JOB.notifyTest, payload);
  // the processor retries in place (Retry-After aware); BullMQ's attempts only cover crashes
  return queues.notify.add(JOB.notifyTest, data, { attempts: 2 });
}

/** Tell the approvers' channel that a remediation request waits for a decision (Slack delivery is the notify worker's). */
export async function enqueueRemediationNotification(
  queues: Queues,
  payload: { organizationId: string; requestId: string },
) {
  const data = parsePayload(JOB.notifyRemediation, payload);
  return queues.notify.add(JOB.notifyRemediation, data, { jobId: `notify-remediation-${data.requestId}` });
}
