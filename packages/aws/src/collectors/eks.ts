import {
  DescribeClusterCommand,
  DescribeIdentityProviderConfigCommand,
  DescribePodIdentityAssociationCommand,
  type EKSClient,
  paginateListClusters,
  paginateListIdentityProviderConfigs,
  paginateListPodIdentityAssociations,
} from "@aws-sdk/client-eks";
import type { Inventory } from "@trustwatch/core";
import { classifyAwsError } from "../errors";
import { mapWithConcurrency } from "../util/concurrency";
import type { CollectorWarning } from "./types";

export type RegionInventory = {
  clusters: Inventory["clusters"];
  podIdentityAssociations: Inventory["podIdentityAssociations"];
  identityProviderConfigs: Inventory["identityProviderConfigs"];
  warnings: CollectorWarning[];
};

/**
 * One region's clusters with issuer and access configuration, their Pod Identity
 * associations (List returns summaries without the role: one Describe each) and the OIDC
 * identity provider configs that sign users in to the Kubernetes API.
 */
export async function collectEksRegion(
  eks: EKSClient,
  accountId: string,
  region: string,
  concurrency = 4,
): Promise<RegionInventory> {
  const out: RegionInventory = {
    clusters: [],
    podIdentityAssociations: [],
    identityProviderConfigs: [],
    warnings: [],
  };
  const names: string[] = [];
  try {
    for await (const page of paginateListClusters({ client: eks, pageSize: 100 }, {}))
      names.push(...(page.clusters ?? []));
  } catch (error) {
    const c = classifyAwsError(error);
    // A region where EKS is disabled or an endpoint without EKS: record it, scan the rest.
    if (c.kind === "unsupported" || c.kind === "unreachable" || c.kind === "access-denied") {
      out.warnings.push({ service: "eks", region, code: c.code, message: `ListClusters: ${c.message}` });
      return out;
    }
    throw error;
  }

  await mapWithConcurrency(names, concurrency, async (name) => {
    const { cluster } = await eks.send(new DescribeClusterCommand({ name }));
    if (!cluster?.arn) return;
    out.clusters.push({
      arn: cluster.arn,
      accountId,
      region,
      name,
      issuerUrl: cluster.identity?.oidc?.issuer ?? null,
      version: cluster.version ?? null,
      status: cluster.status ?? "UNKNOWN",
      authenticationMode: cluster.accessConfig?.authenticationMode ?? null,
    });
    // Independent listings, throttled per API: side by side, one dependent step instead of two.
    await Promise.all([
      collectPodIdentity(eks, accountId, region, cluster.arn, name, out, concurrency),
      collectIdentityProviderConfigs(eks, accountId, cluster.arn, name, region, out),
    ]);
  });
  out.clusters.sort((a, b) => a.arn.localeCompare(b.arn));
  return out;
}

async function optional(out: RegionInventory, region: string, what: string, fn: () => Promise<void>) {
  try {
    await fn();
  } catch (error) {
    const c = classifyAwsError(error);
    if (c.kind !== "unsupported" && c.kind !== "access-denied") throw error;
    out.warnings.push({ service: "eks", region, code: c.code, message: `${what}: ${c.message}` });
  }
}

async function collectPodIdentity(
  eks: EKSClient,
  accountId: string,
  region: string,
  clusterArn: string,
  clusterName: string,
  out: RegionInventory,
  concurrency: number,
) {
  await optional(out, region, `ListPodIdentityAssociations(${clusterName})`, async () => {
    const ids: string[] = [];
    for await (const page of paginateListPodIdentityAssociations(
      { client: eks, pageSize: 100 },
      { clusterName },
    )) {
      for (const a of page.associations ?? []) if (a.associationId) ids.push(a.associationId);
    }
    await mapWithConcurrency(ids, concurrency, async (associationId) => {
      const { association: a } = await eks.send(
        new DescribePodIdentityAssociationCommand({ clusterName, associationId }),
      );
      if (!a?.associationArn) return;
      out.podIdentityAssociations.push({
        associationArn: a.associationArn,
        associationId,
        clusterArn,
        clusterName,
        accountId,
        region,
        namespace: a.namespace ?? "",
        serviceAccount: a.serviceAccount ?? "",
        roleArn: a.roleArn ?? "",
        targetRoleArn: a.targetRoleArn ?? null,
        externalId: a.externalId ?? null,
      });
    });
  });
}

async function collectIdentityProviderConfigs(
  eks: EKSClient,
  accountId: string,
  clusterArn: string,
  clusterName: string,
  region: string,
  out: RegionInventory,
) {
  await optional(out, region, `ListIdentityProviderConfigs(${clusterName})`, async () => {
    for await (const page of paginateListIdentityProviderConfigs(
      { client: eks, pageSize: 100 },
      { clusterName },
    )) {
      for (const ref of page.identityProviderConfigs ?? []) {
        if (ref.type !== "oidc" || !ref.name) continue;
        const { identityProviderConfig } = await eks.send(
          new DescribeIdentityProviderConfigCommand({
            clusterName,
            identityProviderConfig: { type: "oidc", name: ref.name },
          }),
        );
        const oidc = identityProviderConfig?.oidc;
        if (!oidc) continue;
        out.identityProviderConfigs.push({
          clusterArn,
          accountId,
          name: ref.name,
          issuerUrl: oidc.issuerUrl ?? "",
          clientId: oidc.clientId ?? "",
          usernameClaim: oidc.usernameClaim ?? null,
          groupsClaim: oidc.groupsClaim ?? null,
          groupsPrefix: oidc.groupsPrefix ?? null,
          requiredClaims: oidc.requiredClaims ?? {},
          status: oidc.status ?? "UNKNOWN",
        });
      }
    }
  });
}
