import { FlowProducer, Queue } from "bullmq";
import type { Redis } from "ioredis";
import { QUEUE, QUEUE_PREFIX, type QueueName } from "./names";

export type Queues = Record<QueueName, Queue> & { flows: FlowProducer; close: () => Promise<void> };

/** Default job options: retried with exponential backoff, history bounded so Redis stays small. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: "exponential", delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 5_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/** `prefix` lets tests and side-by-side deployments share one Redis without meeting. */
export function createQueues(connection: Redis, options: { prefix?: string } = {}): Queues {
  const prefix = options.prefix ?? QUEUE_PREFIX;
  const make = (name: QueueName) =>
    new Queue(name, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  const queues = {
    scan: make(QUEUE.scan),
    remediation: make(QUEUE.remediation),
    notify: make(QUEUE.notify),
    schedule: make(QUEUE.schedule),
  };
  const flows = new FlowProducer({ connection, prefix });
  return {
    ...queues,
    flows,
    close: async () => {
      await Promise.all([...Object.values(queues).map((q) => q.close()), flows.close()]);
    },
  };
}
