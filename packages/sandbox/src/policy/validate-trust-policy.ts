import { parsePolicy } from "@trustwatch/core";
import { AwsError } from "../errors";

/** IAM quota "Role trust policy length": 2,048 characters by default (IAM and AWS STS quotas). */
export const MAX_TRUST_POLICY_LENGTH = 2048;

const malformed = (message: string) => new AwsError("MalformedPolicyDocument", 400, message);

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/**
 * The checks IAM makes on UpdateAssumeRolePolicy that matter to remediation: core's parser (valid JSON,
 * Statement, Effect, a principal, no Resource: trust policies are resource policies on the role), the
 * size quota, and STS actions only.
 */
export function validateTrustPolicy(document: string): void {
  if (document.replace(/\s/g, "").length > MAX_TRUST_POLICY_LENGTH) {
    throw new AwsError(
      "LimitExceeded",
      409,
      `Cannot exceed quota for ACLSizePerRole: ${MAX_TRUST_POLICY_LENGTH}`,
    );
  }
  const parsed = parsePolicy(document, { kind: "trust" });
  if (!parsed.ok) {
    const where = parsed.error.path ? ` (${parsed.error.path})` : "";
    throw malformed(`Syntax errors in policy: ${parsed.error.message}${where}`);
  }
  let policy: unknown;
  try {
    policy = JSON.parse(document);
  } catch {
    throw malformed("This policy contains invalid Json");
  }
  if (typeof policy !== "object" || policy === null || Array.isArray(policy))
    throw malformed("Syntax errors in policy.");
  const { Version, Statement } = policy as Record<string, unknown>;
  if (Version !== undefined && Version !== "2012-10-17" && Version !== "2008-10-17") {
    throw malformed("The policy must contain a valid version string");
  }
  const statements = asArray(Statement);
  if (statements.length === 0) throw malformed("Syntax errors in policy.");
  for (const s of statements) {
    if (typeof s !== "object" || s === null) throw malformed("Syntax errors in policy.");
    const st = s as Record<string, unknown>;
    if (st.Effect !== "Allow" && st.Effect !== "Deny") throw malformed("Syntax errors in policy.");
    if ("Resource" in st || "NotResource" in st) throw malformed("Has prohibited field Resource");
    if (!("Principal" in st) && !("NotPrincipal" in st)) throw malformed("Missing required field Principal");
    const actions = asArray(st.Action ?? st.NotAction);
    if (actions.length === 0) throw malformed("Missing required field Action");
    for (const a of actions) {
      if (typeof a !== "string" || !/^(sts:[\w*]+|\*)$/i.test(a)) {
        throw malformed("AssumeRole policy may only specify STS AssumeRole actions.");
      }
    }
    if (st.Condition !== undefined && (typeof st.Condition !== "object" || st.Condition === null)) {
      throw malformed("Syntax errors in policy.");
    }
  }
}
