import { createLimiter, createProbeAgent, SharedHttpHandler } from "@trustwatch/aws";
import { createDb } from "@trustwatch/db";
import { createQueues, createRedisConnection } from "@trustwatch/jobs";
import { parseWorkerEnv } from "./env";
import { createLogger } from "./logger";
import { buildProcessors } from "./processors";
import { startWorkers } from "./runtime";
import { resumeOrphanedScans } from "./scans/resume";
import { reconcileSchedules } from "./schedules/reconcile";

async function main() {
  let env: ReturnType<typeof parseWorkerEnv>;
  try {
    env = parseWorkerEnv(process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const logger = createLogger(env.LOG_LEVEL, { service: "worker", pid: process.pid });
  const db = createDb(env.DATABASE_URL, { maxConnections: Math.min(env.WORKER_CONCURRENCY + 4, 40) });
  const connection = createRedisConnection(env.REDIS_URL, "worker");
  const queues = createQueues(connection, { prefix: env.TRUSTWATCH_QUEUE_PREFIX });
  // Every account job calls AWS through one keep-alive pool: enough sockets per AWS endpoint for
  // every job's calls in flight at once (jobs × calls per account, with slack), so none waits for one.
  const requestHandler = new SharedHttpHandler({
    maxSockets: env.WORKER_CONCURRENCY * env.WORKER_DESCRIBE_CONCURRENCY * 4,
  });
  // Issuer probes of every job share one pool too, at most the probe concurrency of sockets per host.
  const probeAgent = createProbeAgent(env.WORKER_PROBE_CONCURRENCY);
  const probeLimiter = createLimiter(env.WORKER_PROBE_CONCURRENCY);
  const processors = buildProcessors({ env, db, queues, logger, requestHandler, probeAgent, probeLimiter });
  const runtime = startWorkers(connection, processors, logger, {
    lockDurationMs: env.WORKER_LOCK_MS,
    prefix: env.TRUSTWATCH_QUEUE_PREFIX,
  });
  logger.info("worker started", {
    queues: runtime.workers.map((w) => w.name),
    concurrency: env.WORKER_CONCURRENCY,
  });
  reconcileSchedules({ db, queues, logger }).catch((e: Error) =>
    logger.error("schedule reconciliation failed", { error: e.message }),
  );
  // At start and periodically: scans whose jobs Redis lost are resumed from PostgreSQL.
  const resume = () =>
    resumeOrphanedScans({ db, queues, logger, now: () => new Date() }).catch((e: Error) =>
      logger.error("scan resumption failed", { error: e.message }),
    );
  void resume();
  const resumeTimer = setInterval(resume, env.WORKER_RESUME_INTERVAL_MS);
  resumeTimer.unref();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("worker stopping", { signal });
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    clearInterval(resumeTimer);
    await runtime.close();
    requestHandler.close();
    probeAgent.destroy();
    await queues.close();
    await connection.quit();
    await db.$disconnect();
    logger.info("worker stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

void main();
