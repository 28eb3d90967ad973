import { AssumeRoleCommand, type STSClient } from "@aws-sdk/client-sts";

export type AssumedCredentials = {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
};

export type AssumeRoleInput = {
  roleArn: string;
  /** The tenant's ExternalId: the audit role's trust policy requires it (confused-deputy guard). */
  externalId: string;
  /** Shows in the target account's CloudTrail: identifies the scan or remediation. */
  sessionName: string;
  durationSeconds?: number;
};

/** Role session names allow [\w+=,.@-]{2,64} (STS AssumeRole API reference). */
export function toSessionName(raw: string): string {
  const cleaned = raw.replace(/[^\w+=,.@-]/g, "-").slice(0, 64);
  return cleaned.length >= 2 ? cleaned : `${cleaned}--`.slice(0, 2);
}

/**
 * Assumes roles with the worker's own credentials and caches the session until shortly
 * before it expires. Concurrent callers for the same role share one AssumeRole call.
 * The cache is only an optimisation: losing it (a restarted worker) costs one call.
 */
export class RoleAssumer {
  private readonly cache = new Map<string, Promise<AssumedCredentials>>();

  constructor(
    private readonly sts: STSClient,
    private readonly now: () => Date = () => new Date(),
    private readonly refreshBeforeMs = 5 * 60_000,
  ) {}

  assume(input: AssumeRoleInput): Promise<AssumedCredentials> {
    const key = `${input.roleArn}|${input.externalId}|${input.sessionName}`;
    const cached = this.cache.get(key);
    if (cached) {
      return cached.then((credentials) =>
        credentials.expiration.getTime() - this.now().getTime() > this.refreshBeforeMs
          ? credentials
          : this.refresh(key, input),
      );
    }
    return this.refresh(key, input);
  }

  private refresh(key: string, input: AssumeRoleInput): Promise<AssumedCredentials> {
    const pending = this.call(input);
    this.cache.set(key, pending);
    // A failed assumption is not cached: the next attempt asks STS again.
    pending.catch(() => {
      if (this.cache.get(key) === pending) this.cache.delete(key);
    });
    return pending;
  }

  private async call(input: AssumeRoleInput): Promise<AssumedCredentials> {
    const response = await this.sts.send(
      new AssumeRoleCommand({
        RoleArn: input.roleArn,
        ExternalId: input.externalId,
        RoleSessionName: toSessionName(input.sessionName),
        DurationSeconds: input.durationSeconds ?? 3600,
      }),
    );
    const c = response.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
      throw new Error(`STS AssumeRole for ${input.roleArn} returned no credentials`);
    }
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  }
}
