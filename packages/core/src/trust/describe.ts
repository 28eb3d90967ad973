import { parseServiceAccountSubject, SERVICE_ACCOUNT_PREFIX } from "../issuers/service-account";
import { hasWildcard } from "../util/glob";
import type { AudienceSet, ProviderTrust, SubjectSet } from "./types";

export type DescribeOptions = { kubernetes?: boolean; issuerName?: string };

/** Plain words for one subject value or pattern, e.g. "service account payments/api". */
export function describeSubject(value: string, pattern: boolean, options: DescribeOptions = {}): string {
  if (pattern && /^\*+$/.test(value))
    return options.kubernetes ? "any service account in the cluster" : "any subject";
  if (!pattern) {
    const sa = parseServiceAccountSubject(value);
    if (sa) return `service account ${sa.namespace}/${sa.name}`;
    if (value === "*") return 'only the literal subject "*" (matches no real token)';
    return `subject "${value}"`;
  }
  if (value.startsWith(SERVICE_ACCOUNT_PREFIX)) {
    const rest = value.slice(SERVICE_ACCOUNT_PREFIX.length);
    if (/^\*+$/.test(rest) || /^\*+:\*+$/.test(rest)) return "any service account in the cluster";
    const [ns, name, ...more] = rest.split(":");
    if (ns !== undefined && name !== undefined && more.length === 0) {
      const nsWild = hasWildcard(ns);
      const nameWild = hasWildcard(name);
      if (!nsWild && /^\*+$/.test(name)) return `any service account in namespace ${ns}`;
      if (/^\*+$/.test(ns) && !nameWild) return `service account named ${name} in any namespace`;
      if (!nsWild && nameWild) return `service accounts matching ${name} in namespace ${ns}`;
      if (nsWild && !nameWild) return `service account ${name} in namespaces matching ${ns}`;
    }
    return `service accounts matching "${value}"`;
  }
  const gh = /^repo:([^:*?]+\/[^:*?]+):(.*)$/.exec(value);
  if (gh)
    return gh[2] === "*"
      ? `any workflow of repository ${gh[1]}`
      : `workflows of repository ${gh[1]} matching "${gh[2]}"`;
  const ghOrg = /^repo:([^:/*?]+)\/\*$/.exec(value);
  if (ghOrg) return `any workflow of any repository of ${ghOrg[1]}`;
  return `subjects matching "${value}"`;
}

export function describeSubjectSet(set: SubjectSet, options: DescribeOptions = {}): string[] {
  const approx = "approximate" in set && set.approximate ? " (at most; further conditions narrow it)" : "";
  switch (set.kind) {
    case "none":
      return ["nobody (the conditions can never all match)"];
    case "any": {
      const base = options.kubernetes
        ? "any service account in the cluster"
        : `any subject${options.issuerName ? ` of ${options.issuerName}` : ""}`;
      const except = set.except ? [...set.except.values, ...set.except.patterns] : [];
      return [`${base}${except.length ? ` except ${except.map((e) => `"${e}"`).join(", ")}` : ""}${approx}`];
    }
    case "exact":
      return set.values.map(
        (v) => `${describeSubject(v, false, options)}${set.ignoreCase ? " (any letter case)" : ""}${approx}`,
      );
    case "patterns":
      return [
        ...(set.values ?? []).map((v) => describeSubject(v, false, options)),
        ...set.patterns.map((p) => `${describeSubject(p, true, options)}${approx}`),
      ];
  }
}

export function describeAudienceSet(set: AudienceSet): string {
  switch (set.kind) {
    case "none":
      return "no audience";
    case "any":
      return "any audience";
    case "list":
      return [...set.values, ...(set.patterns ?? [])].map((v) => `"${v}"`).join(", ");
  }
}

/** One line per provider: "service account payments/api (audience "sts.amazonaws.com")". */
export function describeProviderTrust(p: ProviderTrust): string {
  const kubernetes = p.isEks;
  const issuerName = p.multiTenant?.name ?? p.issuer ?? p.providerArn;
  const subjects = describeSubjectSet(p.sub, { kubernetes, issuerName }).join("; ");
  return `${issuerName}: ${subjects} — audience ${describeAudienceSet(p.aud)}`;
}
