import { type AttachedPolicy, assessAdminLike, type InlinePolicy } from "@trustwatch/core";

const asArray = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** Attached and inline policies as the scan stored them (JSON columns), typed. */
export function policiesOf(role: { attachedPolicies: unknown; inlinePolicies: unknown }) {
  return {
    attachedPolicies: asArray<AttachedPolicy>(role.attachedPolicies),
    inlinePolicies: asArray<InlinePolicy>(role.inlinePolicies),
  };
}

export function adminLikeOf(role: { attachedPolicies: unknown; inlinePolicies: unknown }) {
  return assessAdminLike(policiesOf(role));
}
