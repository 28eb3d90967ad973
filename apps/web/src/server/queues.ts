import { createQueues, createRedisConnection, type Queues } from "@trustwatch/jobs";
import { getEnv } from "@/env";

const globalForQueues = globalThis as unknown as { trustwatchQueues?: Queues };

/** One producer connection per web process; the web app only enqueues, the worker talks to AWS. */
export function getQueues(): Queues {
  if (!globalForQueues.trustwatchQueues) {
    const env = getEnv();
    globalForQueues.trustwatchQueues = createQueues(createRedisConnection(env.redisUrl, "producer"), {
      prefix: env.queuePrefix,
    });
  }
  return globalForQueues.trustwatchQueues;
}
