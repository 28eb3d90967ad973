import { ZSeverity } from "@trustwatch/core";
import { z } from "zod";

export const ZFindingStatus = z.enum(["open", "suppressed", "resolved"]);

/** Filters shared by findings.list and findings.groupCounts (and the page's query string). */
export const ZFindingFilterInput = z.object({
  severity: z.array(ZSeverity).max(5).optional(),
  status: z.array(ZFindingStatus).max(3).optional(),
  ruleId: z.array(z.string().min(1).max(100)).max(50).optional(),
  accountId: z
    .array(z.string().regex(/^\d{12}$/))
    .max(100)
    .optional(),
  clusterArn: z.string().min(1).max(2048).optional(),
  search: z.string().trim().max(200).optional(),
});
export type FindingFilterInput = z.infer<typeof ZFindingFilterInput>;

export const ZFindingRow = z.object({
  id: z.string(),
  ruleId: z.string(),
  severity: ZSeverity,
  status: ZFindingStatus,
  resourceType: z.string(),
  resourceArn: z.string(),
  accountId: z.string(),
  title: z.string(),
  firstSeenAt: z.date(),
  lastSeenAt: z.date(),
  resolvedAt: z.date().nullable(),
  suppressedByExceptionId: z.string().nullable(),
});
export type FindingRow = z.infer<typeof ZFindingRow>;

export function toFindingRow(f: FindingRow & Record<string, unknown>): FindingRow {
  return {
    id: f.id,
    ruleId: f.ruleId,
    severity: f.severity,
    status: f.status,
    resourceType: f.resourceType,
    resourceArn: f.resourceArn,
    accountId: f.accountId,
    title: f.title,
    firstSeenAt: f.firstSeenAt,
    lastSeenAt: f.lastSeenAt,
    resolvedAt: f.resolvedAt,
    suppressedByExceptionId: f.suppressedByExceptionId,
  };
}

/** Drop empty lists and blank search so "no filter" is one shape for the repository. */
export function toRepositoryFilter(input: FindingFilterInput) {
  return {
    ...(input.severity?.length ? { severity: input.severity } : {}),
    ...(input.status?.length ? { status: input.status } : {}),
    ...(input.ruleId?.length ? { ruleId: input.ruleId } : {}),
    ...(input.accountId?.length ? { accountId: input.accountId } : {}),
    ...(input.clusterArn ? { clusterArn: input.clusterArn } : {}),
    ...(input.search ? { search: input.search } : {}),
  };
}
