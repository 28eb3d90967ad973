import { AwsError, validationError } from "../../errors";
import { validateTrustPolicy } from "../../policy/validate-trust-policy";
import { policyName } from "../../state/aws-managed-policies";
import type { AccountState, RoleState } from "../../state/types";
import { el, encodePolicy, members, stringMembers, tagMembers } from "../../xml";
import { optional, pageXml, paginate, required } from "./params";
import { roleXml } from "./render-role";
import type { IamAction } from "./types";

export function findRole(account: AccountState, name: string): RoleState {
  if (!/^[\w+=,.@-]{1,64}$/.test(name))
    throw validationError("roleName", name, "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
  const role = account.roles.get(name);
  if (!role) throw new AwsError("NoSuchEntity", 404, `The role with name ${name} cannot be found.`);
  return role;
}

const listRoles: IamAction = ({ params, account }) => {
  const prefix = optional(params, "PathPrefix") ?? "/";
  const roles = [...account.roles.values()].filter((r) => r.path.startsWith(prefix));
  const page = paginate(params, roles);
  return members("Roles", page.items, (r) => roleXml(r, false)) + pageXml(page);
};

const getRole: IamAction = ({ params, account }) =>
  `<Role>${roleXml(findRole(account, required(params, "RoleName")), true)}</Role>`;

const updateAssumeRolePolicy: IamAction = ({ params, account }) => {
  const role = findRole(account, required(params, "RoleName"));
  const document = required(params, "PolicyDocument");
  validateTrustPolicy(document);
  role.trustPolicy = document;
  return null;
};

const listAttached: IamAction = ({ params, account }) => {
  const role = findRole(account, required(params, "RoleName"));
  const page = paginate(params, role.attachedPolicyArns);
  return (
    members(
      "AttachedPolicies",
      page.items,
      (arn) => el("PolicyName", policyName(arn)) + el("PolicyArn", arn),
    ) + pageXml(page)
  );
};

const listInline: IamAction = ({ params, account }) => {
  const role = findRole(account, required(params, "RoleName"));
  const page = paginate(
    params,
    role.inlinePolicies.map((p) => p.name),
  );
  return stringMembers("PolicyNames", page.items) + pageXml(page);
};

const getInline: IamAction = ({ params, account }) => {
  const role = findRole(account, required(params, "RoleName"));
  const name = required(params, "PolicyName");
  const policy = role.inlinePolicies.find((p) => p.name === name);
  if (!policy) throw new AwsError("NoSuchEntity", 404, `The role policy with name ${name} cannot be found.`);
  return (
    el("RoleName", role.name) +
    el("PolicyName", policy.name) +
    el("PolicyDocument", encodePolicy(policy.document))
  );
};

const listRoleTags: IamAction = ({ params, account }) => {
  const role = findRole(account, required(params, "RoleName"));
  const page = paginate(params, role.tags ?? []);
  return tagMembers("Tags", page.items) + pageXml(page);
};

export const roleActions: Record<string, IamAction> = {
  ListRoles: listRoles,
  GetRole: getRole,
  UpdateAssumeRolePolicy: updateAssumeRolePolicy,
  ListAttachedRolePolicies: listAttached,
  ListRolePolicies: listInline,
  GetRolePolicy: getInline,
  ListRoleTags: listRoleTags,
};
