import { toCsv } from "./csv";

/** The columns of a finding that exports carry; JSON adds the evidence. */
export type ExportableFinding = {
  id: string;
  ruleId: string;
  severity: string;
  status: string;
  title: string;
  resourceType: string;
  resourceArn: string;
  accountId: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  resolvedAt: Date | null;
  evidence?: unknown;
};

const CSV_HEADER = [
  "id",
  "severity",
  "status",
  "rule",
  "title",
  "resource_type",
  "resource_arn",
  "account_id",
  "first_seen_at",
  "last_seen_at",
  "resolved_at",
] as const;

export function findingsToCsv(findings: readonly ExportableFinding[]): string {
  return toCsv(
    CSV_HEADER,
    findings.map((f) => [
      f.id,
      f.severity,
      f.status,
      f.ruleId,
      f.title,
      f.resourceType,
      f.resourceArn,
      f.accountId,
      f.firstSeenAt.toISOString(),
      f.lastSeenAt.toISOString(),
      f.resolvedAt?.toISOString() ?? "",
    ]),
  );
}

export function findingToJson(f: ExportableFinding) {
  return {
    id: f.id,
    ruleId: f.ruleId,
    severity: f.severity,
    status: f.status,
    title: f.title,
    resourceType: f.resourceType,
    resourceArn: f.resourceArn,
    accountId: f.accountId,
    firstSeenAt: f.firstSeenAt.toISOString(),
    lastSeenAt: f.lastSeenAt.toISOString(),
    resolvedAt: f.resolvedAt?.toISOString() ?? null,
    evidence: f.evidence ?? null,
  };
}
