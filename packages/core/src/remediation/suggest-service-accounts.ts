import type { Inventory } from "../inventory/types";
import { normalizeIssuer } from "../issuers/normalize";
import { parseServiceAccountSubject, serviceAccountSubject } from "../issuers/service-account";
import type { Finding } from "../rules/types";
import { analyzeTrust } from "../trust/analyze";
import { isSubjectSetSubset } from "../trust/subject-set";
import type { Grant, SubjectSet } from "../trust/types";
import { evidenceIndexes, findRoleTarget } from "./context";

// Kubernetes: namespaces are DNS labels, service-account names DNS subdomains; neither has a colon.
const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const SA_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

/** `ns:name`, `ns/name` or `system:serviceaccount:ns:name` → the subject; null when not a valid one. */
export function toServiceAccountSubject(input: string): string | null {
  const s = input.trim();
  const full = parseServiceAccountSubject(s);
  const m = full ? [full.namespace, full.name] : /^([^:/]+)[:/]([^:/]+)$/.exec(s)?.slice(1, 3);
  const [ns, name] = m ?? [];
  if (!ns || !name || !NAMESPACE.test(ns) || !SA_NAME.test(name)) return null;
  return serviceAccountSubject(ns, name);
}

export type ServiceAccountSuggestion = {
  subject: string;
  namespace: string;
  name: string;
  /** Why it is suggested: a Pod Identity association, or a subject the trust policy already names. */
  source: "pod-identity" | "trust-policy";
  detail: string;
};

export type ServiceAccountSuggestions = {
  /** The sub values and patterns the targeted statements accept today ("any" when unconditioned). */
  current: string[];
  suggestions: ServiceAccountSuggestion[];
};

/** The grants a tighten-sub plan rewrites: the statements the finding names, else every one of the provider. */
export function targetGrants(finding: Finding, inventory: Inventory): Grant[] {
  const target = findRoleTarget(finding, inventory);
  if ("error" in target) return [];
  const provider = analyzeTrust(target.doc).providers.find((p) => p.providerArn === target.providerArn);
  const indexes = evidenceIndexes(finding);
  return (provider?.grants ?? []).filter((g) => !indexes || indexes.includes(g.statementIndex));
}

export function isWithin(subject: string, sets: SubjectSet[]): boolean {
  return sets.some((s) => isSubjectSetSubset({ kind: "exact", values: [subject] }, s));
}

/**
 * Service accounts to offer when tightening a sub: Pod Identity associations of the clusters behind
 * the issuer (and of this role), and exact subjects the policy names — only those the current
 * pattern already accepts, since a tightened policy must never let in anyone new.
 */
export function suggestServiceAccounts(finding: Finding, inventory: Inventory): ServiceAccountSuggestions {
  const target = findRoleTarget(finding, inventory);
  if ("error" in target) return { current: [], suggestions: [] };
  const grants = targetGrants(finding, inventory);
  const sets = grants.map((g) => g.sub);
  const current = sets.flatMap((s) =>
    s.kind === "any"
      ? ["any"]
      : s.kind === "exact"
        ? s.values
        : s.kind === "patterns"
          ? [...(s.values ?? []), ...s.patterns]
          : [],
  );
  const issuer = normalizeIssuer(target.issuer);
  const clusterArns = new Set(
    inventory.clusters
      .filter((c) => c.issuerUrl && normalizeIssuer(c.issuerUrl) === issuer)
      .map((c) => c.arn),
  );
  const out = new Map<string, ServiceAccountSuggestion>();
  const add = (subject: string, source: ServiceAccountSuggestion["source"], detail: string) => {
    const sa = parseServiceAccountSubject(subject);
    if (!sa || out.has(subject) || !isWithin(subject, sets)) return;
    out.set(subject, { subject, namespace: sa.namespace, name: sa.name, source, detail });
  };
  for (const a of inventory.podIdentityAssociations) {
    const forRole = a.roleArn === target.role.arn;
    if (!forRole && !clusterArns.has(a.clusterArn)) continue;
    add(
      serviceAccountSubject(a.namespace, a.serviceAccount),
      "pod-identity",
      forRole
        ? `Pod Identity association of this role on ${a.clusterName}`
        : `Pod Identity association on ${a.clusterName}`,
    );
  }
  for (const s of sets)
    for (const v of s.kind === "exact" ? s.values : s.kind === "patterns" ? (s.values ?? []) : [])
      add(v, "trust-policy", "named in the current trust policy");
  return { current: [...new Set(current)], suggestions: [...out.values()] };
}
