import type { Db } from "@trustwatch/db";
import type { Queues } from "@trustwatch/jobs";
import type { WorkerEnv } from "./env";
import type { Logger } from "./logger";
import type { QueueProcessors } from "./runtime";

export type WorkerDeps = { env: WorkerEnv; db: Db; queues: Queues; logger: Logger };

/** The processors this worker runs, per queue. Scan, remediation and notify processors register here. */
export function buildProcessors(_deps: WorkerDeps): QueueProcessors {
  return {};
}
