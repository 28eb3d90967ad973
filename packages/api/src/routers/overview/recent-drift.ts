import { ZSeverity } from "@trustwatch/core";
import { listRecentDrift } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { ZFindingStatus } from "../findings/schemas";

export const ZRecentDriftOutput = z.object({
  findings: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      severity: ZSeverity,
      status: ZFindingStatus,
      resourceArn: z.string(),
      accountId: z.string(),
      firstSeenAt: z.date(),
      /** The trust-change summary the drift rule recorded, e.g. "sub: exact → any". */
      change: z.string().nullable(),
    }),
  ),
  latestScan: z
    .object({
      scanId: z.string(),
      takenAt: z.date(),
      newCount: z.number().int(),
      resolvedCount: z.number().int(),
    })
    .nullable(),
});

function describeChange(evidence: unknown): string | null {
  if (!evidence || typeof evidence !== "object") return null;
  const change = (evidence as Record<string, unknown>).change;
  if (typeof change === "string") return change;
  if (Array.isArray(change)) return change.filter((c) => typeof c === "string").join("; ") || null;
  return null;
}

/** Trust-widening drift findings and the latest scan's new/resolved counts. */
export const recentDriftProcedure = orgProcedure
  .input(z.void())
  .output(ZRecentDriftOutput)
  .query(async ({ ctx }) => {
    const drift = await listRecentDrift(ctx.db, ctx.organizationId);
    return {
      findings: drift.findings.map(({ evidence, ...f }) => ({ ...f, change: describeChange(evidence) })),
      latestScan: drift.latestScan,
    };
  });
