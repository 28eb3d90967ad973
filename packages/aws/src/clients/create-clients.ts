import { EKSClient } from "@aws-sdk/client-eks";
import { IAMClient } from "@aws-sdk/client-iam";
import { OrganizationsClient } from "@aws-sdk/client-organizations";
import { STSClient } from "@aws-sdk/client-sts";
import { type CallCounter, countCalls } from "./call-counter";
import type { SharedHttpHandler } from "./shared-http-handler";

/** Static or refreshable credentials; absent means the SDK's default chain (env, profile, IMDS…). */
export type AwsCredentials = {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
};

export type ClientOptions = {
  credentials?: AwsCredentials | (() => Promise<AwsCredentials>);
  /**
   * Explicit endpoint (tests). When unset the SDK honours AWS_ENDPOINT_URL and
   * AWS_ENDPOINT_URL_<SERVICE>, so the worker runs unchanged against any AWS-compatible endpoint.
   */
  endpoint?: string;
  /** Attempts per call, retries use the SDK's standard backoff with full jitter. */
  maxAttempts?: number;
  counter?: CallCounter;
  /** A connection pool shared with other clients (the worker's); unset, each client has its own. */
  requestHandler?: SharedHttpHandler;
};

function common(options: ClientOptions, region: string) {
  return {
    region,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
    maxAttempts: options.maxAttempts ?? 8,
    retryMode: "standard" as const,
  };
}

function counted<T extends { middlewareStack: unknown }>(
  client: T,
  service: string,
  counter?: CallCounter,
): T {
  if (counter) countCalls(client, service, counter);
  return client;
}

// IAM and Organizations are global services served from us-east-1 (aws partition).
export const createIamClient = (o: ClientOptions) =>
  counted(new IAMClient(common(o, "us-east-1")), "iam", o.counter);
export const createOrganizationsClient = (o: ClientOptions) =>
  counted(new OrganizationsClient(common(o, "us-east-1")), "organizations", o.counter);
export const createStsClient = (o: ClientOptions, region = "us-east-1") =>
  counted(new STSClient(common(o, region)), "sts", o.counter);
export const createEksClient = (o: ClientOptions, region: string) =>
  counted(new EKSClient(common(o, region)), "eks", o.counter);
