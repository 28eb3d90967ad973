import { parsePrincipal } from "./principal-arn";

/**
 * Does the AWS principal named in a policy (`Principal: {"AWS": policyValue}`) cover the caller?
 * IAM semantics relied on (IAM JSON policy elements: Principal):
 * - `*` is everyone;
 * - an account id or `arn:…:iam::ACCT:root` delegates to the whole account: any principal of it;
 * - a role ARN covers the role and its sessions (`arn:…:sts::ACCT:assumed-role/NAME/SESSION`, where
 *   the path is dropped from the session ARN);
 * - any other ARN (user, session, federated user) must be the caller exactly. Principal ARNs do
 *   not support wildcards.
 */
export function awsPrincipalMatches(policyValue: string, caller: string): boolean {
  if (policyValue === "*") return true;
  if (policyValue === caller) return true;
  const p = parsePrincipal(policyValue);
  const c = parsePrincipal(caller);
  if (c.kind === "other") return false;
  const callerAccount = "accountId" in c ? c.accountId : null;
  const callerPartition = "partition" in c ? c.partition : null;
  if (p.kind === "account") {
    if (callerAccount !== p.accountId) return false;
    return p.partition === null || callerPartition === null || p.partition === callerPartition;
  }
  if (p.kind === "role" && c.kind === "assumed-role") {
    return p.partition === c.partition && p.accountId === c.accountId && p.name === c.roleName;
  }
  if (p.kind === "role" && c.kind === "role") {
    return p.partition === c.partition && p.accountId === c.accountId && p.name === c.name; // role names are unique per account, whatever the path
  }
  return false;
}
