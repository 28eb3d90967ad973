import { AwsError } from "../../errors";
import type { ScenarioManagedPolicy } from "../../scenarios/types";
import { AWS_MANAGED_BY_ARN, policyName } from "../../state/aws-managed-policies";
import { stableIamId } from "../../state/ids";
import type { AccountState, RoleState } from "../../state/types";
import { el, encodePolicy, members, raw, tagMembers } from "../../xml";
import { listParam, pageXml, paginate } from "./params";
import { roleLastUsedXml } from "./render-role";
import type { IamAction } from "./types";

const FILTERS = new Set(["User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy"]);
const POLICY_EPOCH = "2015-02-06T18:39:46Z";

type Item =
  | { kind: "role"; role: RoleState }
  | { kind: "policy"; policy: ScenarioManagedPolicy; attachments: number };

/**
 * RoleDetail (GetAccountAuthorizationDetails) carries the trust policy (URL-encoded), inline policies,
 * attached managed policies, tags and RoleLastUsed, but not MaxSessionDuration or Description: a scanner
 * needs ListRoles (or GetRole) for those.
 */
function roleDetailXml(role: RoleState): string {
  return (
    el("Path", role.path) +
    el("RoleName", role.name) +
    el("RoleId", role.roleId) +
    el("Arn", role.arn) +
    el("CreateDate", role.createdAt) +
    el("AssumeRolePolicyDocument", encodePolicy(role.trustPolicy)) +
    raw("InstanceProfileList", "") +
    members(
      "RolePolicyList",
      role.inlinePolicies,
      (p) => el("PolicyName", p.name) + el("PolicyDocument", encodePolicy(p.document)),
    ) +
    members(
      "AttachedManagedPolicies",
      role.attachedPolicyArns,
      (arn) => el("PolicyName", policyName(arn)) + el("PolicyArn", arn),
    ) +
    tagMembers("Tags", role.tags ?? []) +
    roleLastUsedXml(role)
  );
}

function policyDetailXml(policy: ScenarioManagedPolicy, attachments: number): string {
  const version =
    el("Document", encodePolicy(policy.document)) +
    el("VersionId", "v1") +
    el("IsDefaultVersion", true) +
    el("CreateDate", POLICY_EPOCH);
  return (
    el("PolicyName", policy.name) +
    el("PolicyId", stableIamId("ANPA", policy.arn)) +
    el("Arn", policy.arn) +
    el("Path", policy.path ?? "/") +
    el("DefaultVersionId", "v1") +
    el("AttachmentCount", attachments) +
    el("PermissionsBoundaryUsageCount", 0) +
    el("IsAttachable", true) +
    el("CreateDate", POLICY_EPOCH) +
    el("UpdateDate", POLICY_EPOCH) +
    raw("PolicyVersionList", raw("member", version))
  );
}

function collect(account: AccountState, filters: Set<string>): Item[] {
  const items: Item[] = [];
  const roles = [...account.roles.values()];
  if (filters.has("Role")) for (const role of roles) items.push({ kind: "role", role });
  const counts = new Map<string, number>();
  for (const role of roles)
    for (const arn of role.attachedPolicyArns) counts.set(arn, (counts.get(arn) ?? 0) + 1);
  if (filters.has("LocalManagedPolicy")) {
    for (const policy of account.managedPolicies.values())
      items.push({ kind: "policy", policy, attachments: counts.get(policy.arn) ?? 0 });
  }
  if (filters.has("AWSManagedPolicy")) {
    // Only AWS-managed policies in use in the account are listed, which keeps the answer small.
    for (const [arn, attachments] of counts) {
      const policy = AWS_MANAGED_BY_ARN.get(arn);
      if (policy) items.push({ kind: "policy", policy, attachments });
    }
  }
  return items;
}

const getAccountAuthorizationDetails: IamAction = ({ params, account }) => {
  const requested = listParam(params, "Filter") ?? [];
  for (const f of requested) {
    if (!FILTERS.has(f))
      throw new AwsError(
        "ValidationError",
        400,
        `1 validation error detected: Value '[${f}]' at 'filter' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [LocalManagedPolicy, Role, AWSManagedPolicy, User, Group]]`,
      );
  }
  const filters = new Set(requested.length ? requested : FILTERS);
  const page = paginate(params, collect(account, filters));
  const roles = page.items.flatMap((i) => (i.kind === "role" ? [i.role] : []));
  const policies = page.items.flatMap((i) => (i.kind === "policy" ? [i] : []));
  return (
    raw("UserDetailList", "") +
    raw("GroupDetailList", "") +
    members("RoleDetailList", roles, roleDetailXml) +
    members("Policies", policies, (p) => policyDetailXml(p.policy, p.attachments)) +
    pageXml(page)
  );
};

export const authorizationDetailsActions: Record<string, IamAction> = {
  GetAccountAuthorizationDetails: getAccountAuthorizationDetails,
};
