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
  // The five colons after "arn" delimit the fields; found with indexOf rather than split because
  // every principal of every analysed policy goes through here.
  const c2 = input.indexOf(":", 4);
  const c3 = c2 < 0 ? -1 : input.indexOf(":", c2 + 1);
  const c4 = c3 < 0 ? -1 : input.indexOf(":", c3 + 1);
  const c5 = c4 < 0 ? -1 : input.indexOf(":", c4 + 1);
  if (c5 < 0) return null;
  const partition = input.slice(4, c2);
  const service = input.slice(c2 + 1, c3);
  if (!PARTITION.test(partition) || service === "") return null;
  const resource = input.slice(c5 + 1);
  if (resource === "") return null;
  return {
    partition,
    service,
    region: input.slice(c3 + 1, c4),
    accountId: input.slice(c4 + 1, c5),
    resource,
  };
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
