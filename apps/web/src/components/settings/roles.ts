import type { Role } from "@trustwatch/api";

/**
 * The member roles, weakest first, for client components: importing values from
 * @trustwatch/api would pull the server (Prisma, pg) into the browser bundle, so only its
 * type is imported and `satisfies` keeps this list in step with it.
 */
export const ROLE_OPTIONS = ["viewer", "analyst", "approver", "admin"] as const satisfies readonly Role[];

export type { Role };

export function isAtLeast(role: Role, minRole: Role): boolean {
  return ROLE_OPTIONS.indexOf(role) >= ROLE_OPTIONS.indexOf(minRole);
}
