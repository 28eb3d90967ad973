/**
 * Queue and job names. Queues group work by what limits it (AWS calls, Slack, schedules),
 * so concurrency can be tuned per queue; job names say what the processor does.
 */
export const QUEUE = {
  scan: "scan",
  remediation: "remediation",
  notify: "notify",
  schedule: "schedule",
} as const;
export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

export const JOB = {
  scanOrg: "scan.org",
  scanAccount: "scan.account",
  scanEvaluate: "scan.evaluate",
  accountsDiscover: "accounts.discover",
  accountsTest: "accounts.test",
  remediationExecute: "remediation.execute",
  notifyScan: "notify.scan",
  notifyRemediation: "notify.remediation",
  notifyTest: "notify.test",
  scheduleFire: "schedule.fire",
} as const;
export type JobName = (typeof JOB)[keyof typeof JOB];

/**
 * Hash-tagged prefix: every key of a queue lands in one Redis Cluster slot, which BullMQ
 * requires on a clustered Redis; harmless on a single node.
 */
export const QUEUE_PREFIX = "{trustwatch}";
