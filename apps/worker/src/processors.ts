import { readFileSync } from "node:fs";
import type { Agent } from "node:https";
import {
  createStsClient,
  type Limiter,
  parseResolveMap,
  RoleAssumer,
  type SharedHttpHandler,
} from "@trustwatch/aws";
import type { Db } from "@trustwatch/db";
import { JOB, QUEUE, type Queues } from "@trustwatch/jobs";
import { type Job, UnrecoverableError } from "bullmq";
import type { WorkerEnv } from "./env";
import type { Logger } from "./logger";
import type { ProcessorDeps } from "./processors/deps";
import { notifyProcessor } from "./processors/notify";
import { processRemediationExecute } from "./processors/remediation/execute-remediation";
import { processAccountsDiscover } from "./processors/scan/accounts-discover";
import { processAccountsTest } from "./processors/scan/accounts-test";
import { processScanAccount } from "./processors/scan/scan-account";
import { processScanEvaluate } from "./processors/scan/scan-evaluate";
import { processScanOrg } from "./processors/scan/scan-org";
import { processScheduleFire } from "./processors/schedule/schedule-fire";
import type { QueueProcessors } from "./runtime";

type Handler = (job: Job, deps: ProcessorDeps) => Promise<unknown>;

/** One dispatch table per queue: a job name nobody handles is a bug, not something to retry. */
function dispatch(deps: ProcessorDeps, handlers: Record<string, Handler>) {
  return async (job: Job) => {
    const handler = handlers[job.name];
    if (!handler) throw new UnrecoverableError(`no processor for job ${job.name}`);
    return handler(job, deps);
  };
}

export function buildProcessorsFromDeps(deps: ProcessorDeps, concurrency: number): QueueProcessors {
  return {
    [QUEUE.scan]: {
      concurrency,
      processor: dispatch(deps, {
        [JOB.scanOrg]: processScanOrg,
        [JOB.scanAccount]: processScanAccount,
        [JOB.scanEvaluate]: processScanEvaluate,
        [JOB.accountsDiscover]: processAccountsDiscover,
        [JOB.accountsTest]: processAccountsTest,
      }),
    },
    [QUEUE.notify]: { concurrency, processor: notifyProcessor(deps) },
    [QUEUE.remediation]: {
      concurrency,
      processor: dispatch(deps, { [JOB.remediationExecute]: processRemediationExecute }),
    },
    [QUEUE.schedule]: { concurrency, processor: dispatch(deps, { [JOB.scheduleFire]: processScheduleFire }) },
  };
}

/** Production wiring: the worker's own AWS identity comes from the SDK's default chain. */
export function buildProcessors(input: {
  env: WorkerEnv;
  db: Db;
  queues: Queues;
  logger: Logger;
  /** The worker's connection pools (AWS, issuer probes): main.ts owns them and closes them on shutdown. */
  requestHandler: SharedHttpHandler;
  probeAgent: Agent;
  probeLimiter: Limiter;
}): QueueProcessors {
  const { env } = input;
  const deps: ProcessorDeps = {
    db: input.db,
    queues: input.queues,
    logger: input.logger,
    now: () => new Date(),
    aws: { describeConcurrency: env.WORKER_DESCRIBE_CONCURRENCY, requestHandler: input.requestHandler },
    assumer: new RoleAssumer(createStsClient({})),
    probe: {
      concurrency: env.WORKER_PROBE_CONCURRENCY,
      agent: input.probeAgent,
      limiter: input.probeLimiter,
      options: {
        resolve: parseResolveMap(env.TRUSTWATCH_ISSUER_RESOLVE),
        extraCaPem: env.TRUSTWATCH_ISSUER_CA_FILE
          ? readFileSync(env.TRUSTWATCH_ISSUER_CA_FILE, "utf8")
          : undefined,
        allowPrivateAddresses: env.TRUSTWATCH_ISSUER_ALLOW_PRIVATE,
      },
    },
    notify: {
      encryptionKey: env.TRUSTWATCH_ENCRYPTION_KEY ?? null,
      appUrl: env.APP_URL.replace(/\/+$/, ""),
      allowAnyWebhookUrl: env.TRUSTWATCH_SLACK_ALLOW_ANY_URL,
    },
  };
  return buildProcessorsFromDeps(deps, env.WORKER_CONCURRENCY);
}
