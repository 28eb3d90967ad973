/** Identity policies attached to demo workload roles. */
export const ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
export const S3_READ = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";
export const DYNAMO = "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess";
export const READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
