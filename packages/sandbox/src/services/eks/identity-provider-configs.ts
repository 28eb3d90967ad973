import type { ScenarioIdentityProviderConfig } from "../../scenarios/types";
import type { ClusterState } from "../../state/types";

export function idpConfigArn(
  accountId: string,
  c: ClusterState,
  cfg: ScenarioIdentityProviderConfig,
): string {
  return `arn:aws:eks:${c.region}:${accountId}:identityproviderconfig/${c.name}/oidc/${cfg.name}/${cfg.name.length.toString(16)}b1a2c3d4`;
}

/** DescribeIdentityProviderConfig: `{ identityProviderConfig: { oidc: OidcIdentityProviderConfig } }`. */
export function idpConfigJson(accountId: string, c: ClusterState, cfg: ScenarioIdentityProviderConfig) {
  return {
    oidc: {
      identityProviderConfigName: cfg.name,
      identityProviderConfigArn: idpConfigArn(accountId, c, cfg),
      clusterName: c.name,
      issuerUrl: cfg.issuerUrl,
      clientId: cfg.clientId,
      ...(cfg.usernameClaim !== undefined ? { usernameClaim: cfg.usernameClaim } : {}),
      ...(cfg.usernamePrefix !== undefined ? { usernamePrefix: cfg.usernamePrefix } : {}),
      ...(cfg.groupsClaim !== undefined ? { groupsClaim: cfg.groupsClaim } : {}),
      ...(cfg.groupsPrefix !== undefined ? { groupsPrefix: cfg.groupsPrefix } : {}),
      requiredClaims: cfg.requiredClaims ?? {},
      tags: {},
      status: cfg.status,
    },
  };
}
