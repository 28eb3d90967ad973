import { QUEUE_PREFIX, type QueueName } from "@trustwatch/jobs";
import { type Processor, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "./logger";

export type QueueProcessors = Partial<Record<QueueName, { processor: Processor; concurrency: number }>>;

export type WorkerRuntime = { workers: Worker[]; close: () => Promise<void> };

/**
 * Start one BullMQ Worker per queue that has a processor. Every worker process runs the
 * same set, so adding processes on more machines shares the load (state lives in Redis
 * and PostgreSQL only).
 */
export function startWorkers(
  connection: Redis,
  processors: QueueProcessors,
  logger: Logger,
  options: { prefix?: string; lockDurationMs?: number } = {},
): WorkerRuntime {
  const workers: Worker[] = [];
  for (const [queue, entry] of Object.entries(processors)) {
    if (!entry) continue;
    const worker = new Worker(queue, entry.processor, {
      connection,
      prefix: options.prefix ?? QUEUE_PREFIX,
      concurrency: entry.concurrency,
      // A job whose worker died is picked up again after the lock expires.
      lockDuration: options.lockDurationMs ?? 60_000,
      stalledInterval: Math.max(1_000, Math.round((options.lockDurationMs ?? 60_000) / 2)),
      maxStalledCount: 3,
    });
    worker.on("failed", (job, error) =>
      logger.warn("job failed", {
        queue,
        job: job?.name,
        jobId: job?.id,
        attempt: job?.attemptsMade,
        error: error.message,
      }),
    );
    worker.on("error", (error) => logger.error("worker error", { queue, error: error.message }));
    workers.push(worker);
  }
  return {
    workers,
    // Graceful: close() waits for active jobs to finish; new jobs are not taken meanwhile.
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
