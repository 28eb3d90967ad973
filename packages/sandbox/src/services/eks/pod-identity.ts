import type { ScenarioPodIdentityAssociation } from "../../scenarios/types";
import type { ClusterState } from "../../state/types";
import { epochSeconds } from "../json";

export function associationArn(accountId: string, c: ClusterState, id: string): string {
  return `arn:aws:eks:${c.region}:${accountId}:podidentityassociation/${c.name}/${id}`;
}

/** ListPodIdentityAssociations returns summaries: no roleArn, no targetRoleArn. */
export function associationSummary(accountId: string, c: ClusterState, a: ScenarioPodIdentityAssociation) {
  return {
    clusterName: c.name,
    namespace: a.namespace,
    serviceAccount: a.serviceAccount,
    associationArn: associationArn(accountId, c, a.id),
    associationId: a.id,
  };
}

/**
 * DescribePodIdentityAssociation. For cross-account Pod Identity, EKS assumes `roleArn` in the cluster's
 * account, then `targetRoleArn` passing `externalId`, which EKS generates per association.
 */
export function associationJson(accountId: string, c: ClusterState, a: ScenarioPodIdentityAssociation) {
  return {
    ...associationSummary(accountId, c, a),
    roleArn: a.roleArn,
    ...(a.targetRoleArn ? { targetRoleArn: a.targetRoleArn } : {}),
    ...(a.externalId ? { externalId: a.externalId } : {}),
    tags: {},
    createdAt: epochSeconds(a.createdAt),
    modifiedAt: epochSeconds(a.createdAt),
    disableSessionTags: false,
  };
}
