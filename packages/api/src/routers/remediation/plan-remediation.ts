import { TRPCError } from "@trpc/server";
import {
  isPlanError,
  planRemediation,
  remediationKindFor,
  suggestServiceAccounts,
  ZPlan,
  ZRemediationKind,
} from "@trustwatch/core";
import { findActiveRemediationForTarget, getFinding, loadOrgInventory } from "@trustwatch/db";
import { z } from "zod";
import { roleProcedure } from "../../trpc";
import { toCoreFinding, ZId } from "./schemas";

export const ZPlanRemediationInput = z.object({
  findingId: ZId,
  /** tighten-sub: the service accounts to trust, `namespace:name`. */
  serviceAccounts: z.array(z.string().max(320)).max(50).optional(),
});

export const ZPlanRemediationOutput = z.object({
  finding: z.object({
    id: z.string(),
    ruleId: z.string(),
    title: z.string(),
    resourceArn: z.string(),
    status: z.string(),
  }),
  kind: ZRemediationKind.nullable(),
  needsServiceAccounts: z.boolean(),
  /** What the targeted statements accept today, and service accounts to offer. */
  current: z.array(z.string()),
  suggestions: z.array(
    z.object({
      subject: z.string(),
      namespace: z.string(),
      name: z.string(),
      source: z.string(),
      detail: z.string(),
    }),
  ),
  plan: ZPlan.nullable(),
  error: z.string().nullable(),
  /** A request already open on the same resource (one change at a time). */
  activeRequestId: z.string().nullable(),
});
export type RemediationPreview = z.infer<typeof ZPlanRemediationOutput>;

/** Preview a fix: the plan, its diff and its proofs, computed from the current inventory. Nothing is stored. */
export const planRemediationProcedure = roleProcedure("analyst")
  .input(ZPlanRemediationInput)
  .output(ZPlanRemediationOutput)
  .query(async ({ ctx, input }) => {
    const row = await getFinding(ctx.db, ctx.organizationId, input.findingId);
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "Finding not found" });
    const finding = toCoreFinding(row);
    const kind = remediationKindFor(finding.ruleId);
    const base = {
      finding: {
        id: row.id,
        ruleId: row.ruleId,
        title: row.title,
        resourceArn: row.resourceArn,
        status: row.status,
      },
      kind,
      needsServiceAccounts: kind === "trust.tighten-sub",
      current: [] as string[],
      suggestions: [] as RemediationPreview["suggestions"],
      activeRequestId: null as string | null,
    };
    if (!kind) return { ...base, plan: null, error: `No automatic fix for ${finding.ruleId}.` };
    const inventory = await loadOrgInventory(ctx.db, ctx.organizationId);
    const suggested =
      kind === "trust.tighten-sub"
        ? suggestServiceAccounts(finding, inventory)
        : { current: [], suggestions: [] };
    const picked = input.serviceAccounts ?? [];
    const result =
      kind === "trust.tighten-sub" && picked.length === 0
        ? { error: "Pick the service accounts the role should trust." }
        : planRemediation(finding, inventory, { now: ctx.now(), serviceAccounts: picked });
    const plan = isPlanError(result) ? null : result;
    const active = plan
      ? await findActiveRemediationForTarget(ctx.db, ctx.organizationId, plan.targetArn)
      : null;
    return {
      ...base,
      ...suggested,
      plan,
      error: isPlanError(result) ? result.error : null,
      activeRequestId: active?.id ?? null,
    };
  });
