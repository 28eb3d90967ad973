import type { RoleState } from "../../state/types";
import { el, encodePolicy, raw, tagMembers } from "../../xml";

/**
 * The Role shape. ListRoles returns a subset: no Tags, no PermissionsBoundary and no RoleLastUsed
 * (ListRoles API reference: "RoleLastUsed … not returned"); GetRole returns them all.
 * AssumeRolePolicyDocument is URL-encoded in both.
 */
export function roleXml(role: RoleState, full: boolean): string {
  let xml =
    el("Path", role.path) +
    el("RoleName", role.name) +
    el("RoleId", role.roleId) +
    el("Arn", role.arn) +
    el("CreateDate", role.createdAt) +
    el("AssumeRolePolicyDocument", encodePolicy(role.trustPolicy)) +
    el("Description", role.description) +
    el("MaxSessionDuration", role.maxSessionDuration);
  if (full) {
    if (role.tags?.length) xml += tagMembers("Tags", role.tags);
    xml += roleLastUsedXml(role);
  }
  return xml;
}

/** RoleLastUsed is always present in GetRole, empty when the role was never used (or not in the tracking window). */
export function roleLastUsedXml(role: RoleState): string {
  const inner = role.lastUsed
    ? el("LastUsedDate", role.lastUsed.date) + el("Region", role.lastUsed.region)
    : "";
  return raw("RoleLastUsed", inner);
}
