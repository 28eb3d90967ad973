import type { Agent } from "node:https";
import type {
  AwsCredentials,
  IssuerProbeOptions,
  Limiter,
  RoleAssumer,
  SharedHttpHandler,
} from "@trustwatch/aws";
import type { Db } from "@trustwatch/db";
import type { Queues } from "@trustwatch/jobs";
import type { Logger } from "../logger";

/** Everything a processor needs, passed in: tests build it around the sandbox and real services. */
export type ProcessorDeps = {
  db: Db;
  queues: Queues;
  logger: Logger;
  now: () => Date;
  aws: {
    /** Unset in production: the SDK honours AWS_ENDPOINT_URL itself. */
    endpoint?: string;
    /** Unset in production: the SDK's default credential chain. */
    credentials?: AwsCredentials;
    maxAttempts?: number;
    /** Describe calls in flight per account. */
    describeConcurrency: number;
    /** One connection pool for every account's clients (see SharedHttpHandler); its owner closes it. */
    requestHandler?: SharedHttpHandler;
  };
  assumer: RoleAssumer;
  probe: {
    options: Omit<IssuerProbeOptions, "now">;
    concurrency: number;
    /**
     * The worker's keep-alive pool for issuer probes (createProbeAgent), shared by every job so
     * a region's issuers cost a handful of TLS handshakes per worker; its owner destroys it.
     */
    agent: Agent;
    /**
     * Probes in flight across every job of the worker, as many as the pool has sockets: a probe's
     * time budget starts when it runs, so one must not wait in the pool's queue behind other jobs'
     * probes and time out there (recorded as an unreachable issuer).
     */
    limiter: Limiter;
  };
  notify: NotifyDeps;
};

/** Slack delivery settings; `fetch` and the retry timings are replaceable in tests. */
export type NotifyDeps = {
  /** Null when TRUSTWATCH_ENCRYPTION_KEY is unset: notification jobs then fail with a clear error. */
  encryptionKey: string | null;
  appUrl: string;
  allowAnyWebhookUrl: boolean;
  fetch?: typeof fetch;
  /** First retry delay; doubles per attempt (a Retry-After from Slack wins when longer). */
  retryBaseMs?: number;
  /** Attempts per delivery before the channel is marked failing. */
  maxAttempts?: number;
};
