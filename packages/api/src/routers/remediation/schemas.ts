import type { Finding } from "@trustwatch/core";
import { ZPlan, ZSeverity } from "@trustwatch/core";
import { z } from "zod";

export const ZRemediationStatus = z.enum([
  "pending",
  "approved",
  "rejected",
  "running",
  "succeeded",
  "failed",
  "stale",
]);
export type RemediationStatus = z.infer<typeof ZRemediationStatus>;

/** The queue's tabs; "failed" also holds stale and rejected requests (nothing was applied, or it broke). */
export const REMEDIATION_TABS = {
  pending: ["pending"],
  approved: ["approved"],
  running: ["running"],
  done: ["succeeded"],
  failed: ["failed", "stale", "rejected"],
} as const satisfies Record<string, readonly RemediationStatus[]>;
export const ZRemediationTab = z.enum(["pending", "approved", "running", "done", "failed"]);
export type RemediationTab = z.infer<typeof ZRemediationTab>;

export const ZId = z.string().min(1).max(64);
export const ZComment = z.string().trim().max(2000);

const ZUserRef = z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable();

export const ZRemediationRow = z.object({
  id: z.string(),
  kind: z.string(),
  status: ZRemediationStatus,
  summary: z.string(),
  targetArn: z.string(),
  accountId: z.string(),
  requestedBy: ZUserRef,
  approvedBy: ZUserRef,
  requestComment: z.string().nullable(),
  decisionComment: z.string().nullable(),
  createdAt: z.date(),
  decidedAt: z.date().nullable(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  error: z.string().nullable(),
  rollbackOfId: z.string().nullable(),
  finding: z
    .object({
      id: z.string(),
      ruleId: z.string(),
      title: z.string(),
      status: z.string(),
      severity: ZSeverity,
    })
    .nullable(),
});
export type RemediationRow = z.infer<typeof ZRemediationRow>;

type RowInput = Omit<RemediationRow, "summary" | "finding"> & {
  plan: unknown;
  finding: {
    id: string;
    ruleId: string;
    title: string;
    status: string;
    severity: z.infer<typeof ZSeverity>;
  } | null;
};

export function summaryOf(plan: unknown): string {
  const parsed = ZPlan.safeParse(plan);
  return parsed.success ? parsed.data.summary : "(unreadable plan)";
}

export function toRemediationRow(r: RowInput): RemediationRow {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    summary: summaryOf(r.plan),
    targetArn: r.targetArn,
    accountId: r.accountId,
    requestedBy: r.requestedBy,
    approvedBy: r.approvedBy,
    requestComment: r.requestComment,
    decisionComment: r.decisionComment,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    error: r.error,
    rollbackOfId: r.rollbackOfId,
    finding: r.finding
      ? {
          id: r.finding.id,
          ruleId: r.finding.ruleId,
          title: r.finding.title,
          status: r.finding.status,
          severity: r.finding.severity,
        }
      : null,
  };
}

/** A stored finding row in core's shape, for the planners. */
export function toCoreFinding(row: {
  ruleId: string;
  severity: Finding["severity"];
  fingerprint: string;
  resourceType: string;
  resourceArn: string;
  accountId: string;
  title: string;
  evidence: unknown;
}): Finding {
  const evidence =
    row.evidence && typeof row.evidence === "object" && !Array.isArray(row.evidence)
      ? (row.evidence as Record<string, unknown>)
      : {};
  return {
    ruleId: row.ruleId,
    severity: row.severity,
    fingerprint: row.fingerprint,
    resourceType: row.resourceType as Finding["resourceType"],
    resourceArn: row.resourceArn,
    accountId: row.accountId,
    title: row.title,
    evidence,
  };
}
