import { TRPCError } from "@trpc/server";
import { analyzeTrust, assessAdminLike, getRule } from "@trustwatch/core";
import { getRoleDetail, listAccountNames, listClustersWithIssuer } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { toFindingRow, ZFindingRow } from "../findings/schemas";
import { policiesOf } from "./schemas";
import { decodePolicyDocument, highlightFindings, toTrustLines } from "./trust-document";
import { describeWhoCanAssume, ZWhoCanAssume } from "./who-can-assume";

export const ZGetRoleInput = z.object({ idOrArn: z.string().min(1).max(2048) });

const ZPolicy = z.object({
  kind: z.enum(["attached", "inline"]),
  name: z.string(),
  arn: z.string().nullable(),
  document: z.string().nullable(),
  isAdminLike: z.boolean(),
  reasons: z.array(z.string()),
});

export const ZGetRoleOutput = z.object({
  id: z.string(),
  arn: z.string(),
  name: z.string(),
  path: z.string(),
  accountId: z.string(),
  accountName: z.string().nullable(),
  maxSessionDuration: z.number().int(),
  lastUsedAt: z.date().nullable(),
  lastSeenAt: z.date(),
  goneAt: z.date().nullable(),
  trust: z.object({
    /** Pretty-printed lines; `findingIds` marks the lines an open finding points at. */
    lines: z.array(
      z.object({
        text: z.string(),
        statementIndex: z.number().int().nullable(),
        findingIds: z.array(z.string()),
      }),
    ),
    policyError: z.string().nullable(),
    whoCanAssume: z.array(ZWhoCanAssume),
  }),
  isAdminLike: z.boolean(),
  adminLikeReasons: z.array(z.string()),
  policies: z.array(ZPolicy),
  podIdentityAssociations: z.array(
    z.object({
      associationId: z.string(),
      clusterName: z.string(),
      clusterArn: z.string(),
      namespace: z.string(),
      serviceAccount: z.string(),
      roleArn: z.string(),
      targetRoleArn: z.string().nullable(),
      isTarget: z.boolean(),
    }),
  ),
  findings: z.array(
    ZFindingRow.extend({ ruleTitle: z.string().nullable(), highlightedLines: z.number().int() }),
  ),
});
export type RoleDetail = z.infer<typeof ZGetRoleOutput>;

/** One role: trust policy with risky lines marked, who can assume it in words, permissions, findings. */
export const getRoleProcedure = orgProcedure
  .input(ZGetRoleInput)
  .output(ZGetRoleOutput)
  .query(async ({ ctx, input }) => {
    const detail = await getRoleDetail(ctx.db, ctx.organizationId, input.idOrArn);
    if (!detail) throw new TRPCError({ code: "NOT_FOUND", message: "Role not found" });
    const { role, findings, associations } = detail;
    const [clusters, names] = await Promise.all([
      listClustersWithIssuer(ctx.db, ctx.organizationId),
      listAccountNames(ctx.db, ctx.organizationId),
    ]);
    const analysis = analyzeTrust(role.trustPolicy);
    const document = decodePolicyDocument(role.trustPolicy);
    const lines =
      document === null
        ? role.trustPolicy.split("\n").map((text) => ({
            text,
            statementIndex: null,
            conditionKey: null,
            isCondition: false,
            findingIds: [] as string[],
          }))
        : toTrustLines(document);
    const open = findings.filter((f) => f.status === "open");
    const marked = highlightFindings(lines, open);
    const policies = policiesOf(role);
    const assessment = assessAdminLike(policies);
    const assessOne = (p: {
      attachedPolicies: typeof policies.attachedPolicies;
      inlinePolicies: typeof policies.inlinePolicies;
    }) => assessAdminLike(p);
    return {
      id: role.id,
      arn: role.arn,
      name: role.name,
      path: role.path,
      accountId: role.accountId,
      accountName: names.get(role.accountId) ?? null,
      maxSessionDuration: role.maxSessionDuration,
      lastUsedAt: role.lastUsedAt,
      lastSeenAt: role.lastSeenAt,
      goneAt: role.goneAt,
      trust: {
        lines: lines.map((l) => ({
          text: l.text,
          statementIndex: l.statementIndex,
          findingIds: l.findingIds,
        })),
        policyError: analysis.policyError?.message ?? null,
        whoCanAssume: describeWhoCanAssume(analysis, clusters),
      },
      isAdminLike: assessment.adminLike,
      adminLikeReasons: assessment.reasons,
      policies: [
        ...policies.attachedPolicies.map((p) => {
          const a = assessOne({ attachedPolicies: [p], inlinePolicies: [] });
          return {
            kind: "attached" as const,
            name: p.name || p.arn,
            arn: p.arn,
            document: p.document,
            isAdminLike: a.adminLike,
            reasons: a.reasons,
          };
        }),
        ...policies.inlinePolicies.map((p) => {
          const a = assessOne({ attachedPolicies: [], inlinePolicies: [p] });
          return {
            kind: "inline" as const,
            name: p.name,
            arn: null,
            document: p.document,
            isAdminLike: a.adminLike,
            reasons: a.reasons,
          };
        }),
      ],
      podIdentityAssociations: associations.map((a) => ({
        associationId: a.associationId,
        clusterName: a.clusterName,
        clusterArn: a.clusterArn,
        namespace: a.namespace,
        serviceAccount: a.serviceAccount,
        roleArn: a.roleArn,
        targetRoleArn: a.targetRoleArn,
        isTarget: a.targetRoleArn === role.arn,
      })),
      findings: findings.map((f) => ({
        ...toFindingRow(f),
        ruleTitle: getRule(f.ruleId)?.title ?? null,
        highlightedLines: marked.get(f.id) ?? 0,
      })),
    };
  });
