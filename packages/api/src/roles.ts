import { z } from "zod";

/**
 * Member roles, weakest first. Roles are cumulative: each holds every power of the roles
 * before it. analyst: scans, exceptions, remediation requests; approver: additionally approves
 * remediation (four eyes: never their own request, enforced where approval happens);
 * admin: everything, including members, accounts, tokens and settings.
 */
export const ROLES = ["viewer", "analyst", "approver", "admin"] as const;

export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

const rank: Record<Role, number> = { viewer: 0, analyst: 1, approver: 2, admin: 3 };

/** True when `role` is at least `minRole` in the order viewer < analyst < approver < admin. */
export function hasRole(role: Role, minRole: Role): boolean {
  return rank[role] >= rank[minRole];
}

/** What each action needs; procedures name the action's role through `roleProcedure`. */
export const ACTION_MIN_ROLE = {
  "inventory.read": "viewer",
  "scan.start": "analyst",
  "exception.manage": "analyst",
  "remediation.request": "analyst",
  "remediation.approve": "approver",
  "account.manage": "admin",
  "member.manage": "admin",
  "settings.manage": "admin",
} as const satisfies Record<string, Role>;

export type Action = keyof typeof ACTION_MIN_ROLE;

export function can(role: Role, action: Action): boolean {
  return hasRole(role, ACTION_MIN_ROLE[action]);
}
