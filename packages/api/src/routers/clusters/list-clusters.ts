import { normalizeIssuer } from "@trustwatch/core";
import { listClustersWithIssuers } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { clusterProviderStatus, findObservation } from "./provider-status";
import { ZClusterSummary } from "./schemas";

/** Every live cluster with its issuer, IRSA provider status, key rotation and open findings. */
export const listClusters = orgProcedure
  .input(z.void())
  .output(z.array(ZClusterSummary))
  .query(async ({ ctx }) => {
    const data = await listClustersWithIssuers(ctx.db, ctx.organizationId);
    return data.clusters.map((c) => {
      const issuer = c.issuerUrl ? normalizeIssuer(c.issuerUrl) : null;
      const providers = issuer ? data.providers.filter((p) => normalizeIssuer(p.url) === issuer) : [];
      const observation = c.issuerUrl ? findObservation(data.observations, c.issuerUrl) : null;
      const provider = clusterProviderStatus(c.issuerUrl, providers, observation, data.openFindings);
      const lastRotation = observation?.keys.reduce<Date | null>(
        (latest, k) => (latest && latest > k.firstSeenAt ? latest : k.firstSeenAt),
        null,
      );
      const findings = data.openFindings.filter(
        (f) =>
          f.resourceArn === c.arn ||
          (f.evidence as { clusterArn?: unknown } | null)?.clusterArn === c.arn ||
          providers.some((p) => p.arn === f.resourceArn) ||
          (issuer !== null &&
            f.resourceArn.startsWith("https://") &&
            normalizeIssuer(f.resourceArn) === issuer),
      );
      return {
        id: c.id,
        name: c.name,
        arn: c.arn,
        accountId: c.accountId,
        region: c.region,
        version: c.version,
        status: c.status,
        authenticationMode: c.authenticationMode,
        issuerUrl: c.issuerUrl,
        issuerReachable: observation?.reachable ?? null,
        providerStatus: provider.status,
        providerReasons: provider.reasons,
        providers: providers.map((p) => ({ id: p.id, arn: p.arn, accountId: p.accountId })),
        signingKeys: observation?.keys.length ?? 0,
        lastRotationAt: lastRotation ?? null,
        podIdentityAssociations: data.associationCounts.get(c.arn) ?? 0,
        openFindings: findings.length,
        lastSeenAt: c.lastSeenAt,
      };
    });
  });
