import { AUDIT_ROLE_NAME, REMEDIATION_ROLE_NAME } from "../constants";
import type { ScenarioAccount } from "./types";

/**
 * A scenario account as Trustwatch registers it (the `accounts` of seedDemo or `account add`):
 * every sandbox account has the audit and remediation roles under these names.
 */
export function registrationOf(account: ScenarioAccount) {
  return {
    accountId: account.id,
    name: account.name,
    regions: account.regions,
    auditRoleArn: `arn:aws:iam::${account.id}:role/${AUDIT_ROLE_NAME}`,
    remediationRoleArn: `arn:aws:iam::${account.id}:role/${REMEDIATION_ROLE_NAME}`,
  };
}
