import { isEksIssuer, normalizeIssuer } from "@trustwatch/core";
import { audienceProblems, findObservation, thumbprintMatches } from "../clusters/provider-status";
import type { ProviderSummary } from "./schemas";

type Row = {
  id: string;
  arn: string;
  accountId: string;
  url: string;
  clientIds: string[];
  thumbprints: string[];
  lastSeenAt: Date;
};
type Observation = { url: string; reachable: boolean; topIntermediateThumbprint: string | null };
type Cluster = { id: string; name: string; accountId: string; issuerUrl: string | null };
type Finding = {
  id: string;
  ruleId: string;
  severity: ProviderSummary["findings"][number]["severity"];
  resourceArn: string;
  title: string;
};

/** A provider against what its issuer serves, the clusters using it and its open findings. */
export function summarizeProvider(
  p: Row,
  context: { observations: Observation[]; clusters: Cluster[]; findings: Finding[] },
): ProviderSummary {
  const issuer = normalizeIssuer(p.url);
  const observation = findObservation(context.observations, p.url);
  const observed = observation?.topIntermediateThumbprint ?? null;
  const matches = thumbprintMatches(p, observed);
  const findings = context.findings.filter((f) => f.resourceArn === p.arn);
  return {
    id: p.id,
    arn: p.arn,
    accountId: p.accountId,
    url: p.url,
    isEks: isEksIssuer(issuer),
    clientIds: p.clientIds,
    thumbprints: p.thumbprints,
    observedThumbprint: observed,
    thumbprintStatus: matches === null ? "unknown" : matches ? "match" : "drift",
    audienceProblems: audienceProblems(p),
    issuerReachable: observation?.reachable ?? null,
    clusters: context.clusters
      .filter((c) => c.issuerUrl && normalizeIssuer(c.issuerUrl) === issuer)
      .map((c) => ({ id: c.id, name: c.name, accountId: c.accountId })),
    isOrphaned: findings.some((f) => f.ruleId === "provider.orphaned"),
    findings: findings.map((f) => ({ id: f.id, ruleId: f.ruleId, severity: f.severity, title: f.title })),
    lastSeenAt: p.lastSeenAt,
  };
}
