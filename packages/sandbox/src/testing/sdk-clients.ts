import { EKSClient } from "@aws-sdk/client-eks";
import { IAMClient } from "@aws-sdk/client-iam";
import { OrganizationsClient } from "@aws-sdk/client-organizations";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { AUDIT_ROLE_NAME } from "../constants";
import type { Sandbox } from "../sandbox";

/** Test-only: real AWS SDK clients pointed at the sandbox, as the worker builds them. */
export type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

export type ClientOptions = { region?: string; maxAttempts?: number; credentials?: Credentials };

export function clients(sandbox: Sandbox, opts: ClientOptions = {}) {
  const config = {
    endpoint: sandbox.endpoint,
    region: opts.region ?? sandbox.credentials.region,
    credentials: opts.credentials ?? sandbox.credentials,
    maxAttempts: opts.maxAttempts ?? 1,
  };
  return {
    iam: new IAMClient(config),
    sts: new STSClient(config),
    eks: new EKSClient(config),
    organizations: new OrganizationsClient(config),
  };
}

export async function assumeRole(
  sandbox: Sandbox,
  accountId: string,
  externalId: string,
  roleName = AUDIT_ROLE_NAME,
): Promise<Credentials> {
  const { sts } = clients(sandbox);
  const out = await sts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${accountId}:role/${roleName}`,
      RoleSessionName: "trustwatch-test",
      ExternalId: externalId,
    }),
  );
  const c = out.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
    throw new Error("AssumeRole returned no credentials");
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}

export async function accountClients(
  sandbox: Sandbox,
  accountId: string,
  externalId: string,
  opts: Omit<ClientOptions, "credentials"> = {},
) {
  return clients(sandbox, { ...opts, credentials: await assumeRole(sandbox, accountId, externalId) });
}

/** Runs a call expected to fail and returns the SDK error. */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ name: string; message: string; $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; message: string };
  }
  throw new Error("expected the call to fail");
}
