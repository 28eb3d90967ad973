import { TRPCError } from "@trpc/server";
import { normalizeIssuer } from "@trustwatch/core";
import { getClusterDetail, listOpenFindingsFor } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { findTrustingRoles, ZTrustingRole } from "./issuer-trust";
import {
  audienceProblems,
  clusterProviderStatus,
  findObservation,
  thumbprintMatches,
  ZProviderStatus,
} from "./provider-status";
import { toObservationView, ZClusterRef, ZFindingRef, ZIssuerObservation } from "./schemas";

export const ZClusterDetail = z.object({
  id: z.string(),
  name: z.string(),
  arn: z.string(),
  accountId: z.string(),
  region: z.string(),
  version: z.string().nullable(),
  status: z.string(),
  authenticationMode: z.string().nullable(),
  issuerUrl: z.string().nullable(),
  firstSeenAt: z.date(),
  lastSeenAt: z.date(),
  goneAt: z.date().nullable(),
  providerStatus: ZProviderStatus,
  providerReasons: z.array(z.string()),
  providers: z.array(
    z.object({
      id: z.string(),
      arn: z.string(),
      accountId: z.string(),
      clientIds: z.array(z.string()),
      thumbprints: z.array(z.string()),
      thumbprintMatches: z.boolean().nullable(),
      audienceProblems: z.array(z.string()),
    }),
  ),
  issuer: ZIssuerObservation.nullable(),
  trustingRoles: z.array(ZTrustingRole),
  podIdentityAssociations: z.array(
    z.object({
      id: z.string(),
      associationId: z.string(),
      namespace: z.string(),
      serviceAccount: z.string(),
      roleArn: z.string(),
      targetRoleArn: z.string().nullable(),
    }),
  ),
  identityProviderConfigs: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      issuerUrl: z.string(),
      clientId: z.string(),
      usernameClaim: z.string().nullable(),
      groupsClaim: z.string().nullable(),
      status: z.string(),
    }),
  ),
  findings: z.array(ZFindingRef),
});
export type ClusterDetail = z.infer<typeof ZClusterDetail>;

/** One cluster: issuer and signing-key timeline, IRSA providers, trusting roles, Pod Identity, sign-in configs. */
export const getCluster = orgProcedure
  .input(ZClusterRef)
  .output(ZClusterDetail)
  .query(async ({ ctx, input }) => {
    const detail = await getClusterDetail(ctx.db, ctx.organizationId, input.id);
    if (!detail) throw new TRPCError({ code: "NOT_FOUND", message: "Cluster not found" });
    const { cluster } = detail;
    const issuer = cluster.issuerUrl ? normalizeIssuer(cluster.issuerUrl) : null;
    const providers = issuer ? detail.providers.filter((p) => normalizeIssuer(p.url) === issuer) : [];
    const observation = cluster.issuerUrl ? findObservation(detail.observations, cluster.issuerUrl) : null;
    // Provider findings are keyed by provider ARN, issuer findings by issuer URL.
    const related = await listOpenFindingsFor(ctx.db, ctx.organizationId, [
      ...providers.map((p) => p.arn),
      ...(observation ? [observation.url] : []),
    ]);
    const findings = [
      ...detail.findings,
      ...related.filter((f) => !detail.findings.some((d) => d.id === f.id)),
    ];
    const status = clusterProviderStatus(cluster.issuerUrl, providers, observation, findings);
    const observed = observation?.topIntermediateThumbprint ?? null;
    return {
      id: cluster.id,
      name: cluster.name,
      arn: cluster.arn,
      accountId: cluster.accountId,
      region: cluster.region,
      version: cluster.version,
      status: cluster.status,
      authenticationMode: cluster.authenticationMode,
      issuerUrl: cluster.issuerUrl,
      firstSeenAt: cluster.firstSeenAt,
      lastSeenAt: cluster.lastSeenAt,
      goneAt: cluster.goneAt,
      providerStatus: status.status,
      providerReasons: status.reasons,
      providers: providers.map((p) => ({
        id: p.id,
        arn: p.arn,
        accountId: p.accountId,
        clientIds: p.clientIds,
        thumbprints: p.thumbprints,
        thumbprintMatches: thumbprintMatches(p, observed),
        audienceProblems: audienceProblems(p),
      })),
      issuer: observation ? toObservationView(observation) : null,
      trustingRoles: issuer ? await findTrustingRoles(ctx.db, ctx.organizationId, { issuer }) : [],
      podIdentityAssociations: detail.associations.map((a) => ({
        id: a.id,
        associationId: a.associationId,
        namespace: a.namespace,
        serviceAccount: a.serviceAccount,
        roleArn: a.roleArn,
        targetRoleArn: a.targetRoleArn,
      })),
      identityProviderConfigs: detail.idpConfigs.map((c) => ({
        id: c.id,
        name: c.name,
        issuerUrl: c.issuerUrl,
        clientId: c.clientId,
        usernameClaim: c.usernameClaim,
        groupsClaim: c.groupsClaim,
        status: c.status,
      })),
      findings: findings.map((f) => ({ id: f.id, ruleId: f.ruleId, severity: f.severity, title: f.title })),
    };
  });
