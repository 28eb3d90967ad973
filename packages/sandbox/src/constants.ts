/** The Trustwatch worker's own identity: the "home" account that assumes audit roles in every other account. */
export const HOME_ACCOUNT_ID = "999999999999";
export const HOME_ACCESS_KEY_ID = "AKIASANDBOXWORKER001";
export const HOME_SECRET_ACCESS_KEY = "sandbox-secret";
export const HOME_PRINCIPAL_ARN = `arn:aws:iam::${HOME_ACCOUNT_ID}:user/trustwatch-worker`;
export const HOME_USER_ID = "AIDASANDBOXWORKER0001";
export const DEFAULT_REGION = "us-east-1";

/** Names of the roles the worker assumes in every scanned account. */
export const AUDIT_ROLE_NAME = "TrustwatchAudit";
export const REMEDIATION_ROLE_NAME = "TrustwatchRemediation";

/** AssumeRole credentials last one hour unless DurationSeconds says otherwise (AssumeRole API reference). */
export const DEFAULT_SESSION_SECONDS = 3600;
