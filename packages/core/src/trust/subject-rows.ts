import { analyzeTrust } from "./analyze";
import { describeProviderTrust, describeSubjectSet } from "./describe";
import type { AudienceSet, SubjectSet } from "./types";

/** One row of "who can assume this role", flat enough to store and query. */
export type TrustSubjectRow = {
  principalType: "Federated" | "Service" | "AWS";
  principal: string;
  issuer: string | null;
  subKind: "any" | "patterns" | "exact" | "none";
  subjects: string[];
  audiences: string[];
  description: string;
};

function subjectsOf(set: SubjectSet): string[] {
  if (set.kind === "exact") return set.values;
  if (set.kind === "patterns") return [...set.patterns, ...(set.values ?? [])];
  return [];
}

function audiencesOf(set: AudienceSet): string[] {
  if (set.kind === "list") return [...set.values, ...(set.patterns ?? [])];
  if (set.kind === "any") return ["*"];
  return [];
}

/**
 * Flatten a trust policy's analysis into rows per trusted principal: OIDC providers with the
 * subjects and audiences they accept, services (Pod Identity) and AWS principals. A policy
 * that does not parse yields no rows (its finding says why).
 */
export function trustSubjectRows(trustPolicy: string): TrustSubjectRow[] {
  const analysis = analyzeTrust(trustPolicy);
  if (analysis.policyError) return [];
  const rows: TrustSubjectRow[] = analysis.providers.map((p) => ({
    principalType: "Federated",
    principal: p.providerArn,
    issuer: p.issuer,
    subKind:
      p.sub.kind === "any" || p.sub.kind === "patterns" || p.sub.kind === "exact" ? p.sub.kind : "none",
    subjects: subjectsOf(p.sub),
    audiences: audiencesOf(p.aud),
    description: describeProviderTrust(p),
  }));
  for (const s of analysis.services) {
    const namespaces = s.podIdentity ? describeSubjectSet(s.podIdentity.namespaces).join("; ") : null;
    rows.push({
      principalType: "Service",
      principal: s.service,
      issuer: null,
      subKind: s.unconditioned ? "any" : "patterns",
      subjects: s.podIdentity ? subjectsOf(s.podIdentity.serviceAccounts) : [],
      audiences: [],
      description: s.unconditioned
        ? `${s.service}: any caller of the service, unconditioned`
        : `${s.service}${namespaces ? ` — namespaces ${namespaces}` : ""} (${s.conditions.length} condition(s))`,
    });
  }
  for (const a of analysis.awsPrincipals) {
    rows.push({
      principalType: "AWS",
      principal: a.principal,
      issuer: null,
      subKind:
        a.externalId.kind === "any" ? "any" : a.externalId.kind === "none" ? "none" : a.externalId.kind,
      subjects: subjectsOf(a.externalId),
      audiences: [],
      description: `${a.principal}${a.externalId.kind === "any" ? " without an ExternalId" : ` with ExternalId ${describeSubjectSet(a.externalId).join(", ")}`}`,
    });
  }
  return rows;
}
