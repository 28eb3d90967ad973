import { TRPCError } from "@trpc/server";
import { getRule, ZSeverity } from "@trustwatch/core";
import { findRoleIdsByArn, getException, getFinding, listAccountNames } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { ZExceptionRow } from "../exceptions/schemas";
import { toFindingRow, ZFindingRow } from "./schemas";

export const ZGetFindingInput = z.object({ id: z.string().min(1).max(64) });

export const ZGetFindingOutput = ZFindingRow.extend({
  evidence: z.record(z.string(), z.unknown()),
  accountName: z.string().nullable(),
  /** The role page to link to when the resource is a role this organization has seen. */
  roleId: z.string().nullable(),
  rule: z
    .object({
      id: z.string(),
      title: z.string(),
      defaultSeverity: ZSeverity,
      rationale: z.string(),
      remediationHint: z.string(),
    })
    .nullable(),
  exception: ZExceptionRow.nullable(),
});
export type FindingDetail = z.infer<typeof ZGetFindingOutput>;

/** One finding with its evidence, its rule's explanation and the exception suppressing it. */
export const getFindingProcedure = orgProcedure
  .input(ZGetFindingInput)
  .output(ZGetFindingOutput)
  .query(async ({ ctx, input }) => {
    const finding = await getFinding(ctx.db, ctx.organizationId, input.id);
    if (!finding) throw new TRPCError({ code: "NOT_FOUND", message: "Finding not found" });
    const [exception, names, roleIds] = await Promise.all([
      finding.suppressedByExceptionId
        ? getException(ctx.db, ctx.organizationId, finding.suppressedByExceptionId)
        : Promise.resolve(null),
      listAccountNames(ctx.db, ctx.organizationId),
      finding.resourceType === "role"
        ? findRoleIdsByArn(ctx.db, ctx.organizationId, [finding.resourceArn])
        : Promise.resolve(new Map<string, string>()),
    ]);
    const rule = getRule(finding.ruleId);
    const evidence =
      finding.evidence && typeof finding.evidence === "object" && !Array.isArray(finding.evidence)
        ? (finding.evidence as Record<string, unknown>)
        : { value: finding.evidence };
    return {
      ...toFindingRow(finding),
      evidence,
      accountName: names.get(finding.accountId) ?? null,
      roleId: roleIds.get(finding.resourceArn) ?? null,
      rule: rule
        ? {
            id: rule.id,
            title: rule.title,
            defaultSeverity: rule.defaultSeverity,
            rationale: rule.rationale,
            remediationHint: rule.remediationHint,
          }
        : null,
      exception: exception ? { ...exception, suppressedCount: null } : null,
    };
  });
