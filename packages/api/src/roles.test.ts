import { describe, expect, it } from "vitest";
import { type Action, can, hasRole, ROLES, type Role } from "./roles";

describe("hasRole", () => {
  const cases: { role: Role; minRole: Role; expected: boolean }[] = [
    { role: "viewer", minRole: "viewer", expected: true },
    { role: "viewer", minRole: "analyst", expected: false },
    { role: "analyst", minRole: "viewer", expected: true },
    { role: "analyst", minRole: "approver", expected: false },
    { role: "approver", minRole: "analyst", expected: true },
    { role: "approver", minRole: "admin", expected: false },
    { role: "admin", minRole: "approver", expected: true },
    { role: "admin", minRole: "admin", expected: true },
  ];
  it.each(cases)("$role meets $minRole: $expected", ({ role, minRole, expected }) => {
    expect(hasRole(role, minRole)).toBe(expected);
  });

  it("orders the roles from weakest to strongest", () => {
    expect(ROLES).toEqual(["viewer", "analyst", "approver", "admin"]);
  });
});

describe("can", () => {
  // Rows are the specification: who may do what.
  const table: { action: Action; allowed: Role[] }[] = [
    { action: "inventory.read", allowed: ["viewer", "analyst", "approver", "admin"] },
    { action: "scan.start", allowed: ["analyst", "approver", "admin"] },
    { action: "exception.manage", allowed: ["analyst", "approver", "admin"] },
    { action: "remediation.request", allowed: ["analyst", "approver", "admin"] },
    { action: "remediation.approve", allowed: ["approver", "admin"] },
    { action: "account.manage", allowed: ["admin"] },
    { action: "member.manage", allowed: ["admin"] },
    { action: "settings.manage", allowed: ["admin"] },
  ];
  it.each(table)("$action is allowed for $allowed", ({ action, allowed }) => {
    expect(ROLES.filter((role) => can(role, action))).toEqual(allowed);
  });
});
