export type Arn = {
  partition: string;
  service: string;
  region: string;
  accountId: string;
  /** Everything after the fifth colon; may itself contain colons and slashes. */
  resource: string;
};

// Partitions AWS has published: aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f,
// aws-eusc. Accept the family rather than a closed list so a new partition does not break parsing.
const PARTITION = /^aws(-[a-z]+)*$/;

export function parseArn(input: string): Arn | null {
  if (typeof input !== "string" || !input.startsWith("arn:")) return null;
  const parts = input.split(":");
  if (parts.length < 6) return null;
  const [, partition, service, region, accountId] = parts;
  if (partition === undefined || service === undefined || region === undefined || accountId === undefined) {
    return null;
  }
  if (!PARTITION.test(partition) || service === "") return null;
  const resource = parts.slice(5).join(":");
  if (resource === "") return null;
  return { partition, service, region, accountId, resource };
}

export function formatArn(arn: Arn): string {
  return `arn:${arn.partition}:${arn.service}:${arn.region}:${arn.accountId}:${arn.resource}`;
}

export function isAccountId(value: string): boolean {
  return /^\d{12}$/.test(value);
}

export function accountIdOfArn(arn: string): string | null {
  return parseArn(arn)?.accountId || null;
}

export function partitionOfArn(arn: string): string | null {
  return parseArn(arn)?.partition ?? null;
}
