import { formatEnvError, ZDatabaseUrl, ZQueuePrefix, ZRedisUrl } from "@trustwatch/jobs";
import { z } from "zod";

// The only place the worker reads process.env: a bad setting stops it at start with one
// line naming the variable, instead of failing on the first job.
export const ZWorkerEnv = z.object({
  DATABASE_URL: ZDatabaseUrl,
  REDIS_URL: ZRedisUrl,
  /** Concurrent jobs per queue in this process. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(512).default(16),
  /** Describe calls in flight per AWS account (AWS throttles per account and API). */
  WORKER_DESCRIBE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** How long a job stays locked to a worker without a heartbeat before another takes it over. */
  WORKER_LOCK_MS: z.coerce.number().int().min(1_000).max(600_000).default(60_000),
  /** Issuer probe: `host=ip:port,...` overrides DNS, like curl --resolve (the local sandbox). */
  TRUSTWATCH_ISSUER_RESOLVE: z.string().optional(),
  /** Extra CA (PEM file) trusted for issuer TLS: the sandbox's generated root. */
  TRUSTWATCH_ISSUER_CA_FILE: z.string().optional(),
  /** Allow issuer fetches to loopback/private addresses (sandbox only). */
  TRUSTWATCH_ISSUER_ALLOW_PRIVATE: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** Issuer probes in flight during a scan's evaluation (HTTPS to OIDC issuers, not AWS APIs). */
  WORKER_PROBE_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(32),
  /** How often a worker looks for scans whose queued jobs were lost (and resumes them). */
  WORKER_RESUME_INTERVAL_MS: z.coerce.number().int().min(500).max(3_600_000).default(60_000),
  /** Redis key prefix of the queues; deployments (and tests) sharing one Redis use different ones. */
  TRUSTWATCH_QUEUE_PREFIX: ZQueuePrefix,
  APP_URL: z.string().url().default("http://localhost:3000"),
  /** 32 random bytes, base64: decrypts Slack webhook URLs (the web app encrypts with the same key). */
  TRUSTWATCH_ENCRYPTION_KEY: z
    .string()
    .refine(
      (v) => Buffer.from(v, "base64").length === 32,
      "TRUSTWATCH_ENCRYPTION_KEY must be 32 bytes, base64",
    )
    .optional(),
  /** Tests and local development only: deliver to any http(s) webhook, not just hooks.slack.com. */
  TRUSTWATCH_SLACK_ALLOW_ANY_URL: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});
export type WorkerEnv = z.infer<typeof ZWorkerEnv>;

export function parseWorkerEnv(source: Record<string, string | undefined>): WorkerEnv {
  const result = ZWorkerEnv.safeParse(source);
  if (!result.success) throw new Error(formatEnvError(result.error));
  return result.data;
}
