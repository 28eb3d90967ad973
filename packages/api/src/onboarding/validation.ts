import { z } from "zod";

/** Commercial, China and GovCloud regions as AWS names them (e.g. us-east-1, cn-north-1, us-gov-west-1). */
export const ZAwsRegion = z
  .string()
  .regex(/^(?:[a-z]{2}|us-gov|us-iso[a-z]?)-[a-z]+-\d$/, "Not an AWS region name (e.g. us-east-1)");

export const ZAccountId = z.string().regex(/^\d{12}$/, "An AWS account id is 12 digits");

const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

export const ZRoleArn = z
  .string()
  .max(2048)
  .regex(ROLE_ARN, "Not an IAM role ARN (arn:aws:iam::<account>:role/<name>)");

export const ZPrincipalArn = z
  .string()
  .max(2048)
  .regex(
    /^arn:(aws|aws-cn|aws-us-gov):(iam|sts)::\d{12}:(root|role\/.+|user\/.+)$/,
    "Not an IAM principal ARN",
  );

/** The account a role ARN lives in: audit and remediation roles must be in the registered account. */
export function accountOfRoleArn(arn: string): string | null {
  return ROLE_ARN.exec(arn)?.[2] ?? null;
}

export const ZRegions = z
  .array(ZAwsRegion)
  .min(1, "Choose at least one region")
  .max(40)
  .transform((regions) => [...new Set(regions)].sort());
