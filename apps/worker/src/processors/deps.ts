import type { AwsCredentials, IssuerProbeOptions, RoleAssumer } from "@trustwatch/aws";
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
  };
  assumer: RoleAssumer;
  probe: { options: Omit<IssuerProbeOptions, "now">; concurrency: number };
};
