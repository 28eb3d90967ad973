import type { Scenario } from "@trustwatch/sandbox";

/** The AWS page sizes the collectors are allowed to ask for (the APIs' documented maxima). */
const IAM_PAGE = 1000;
const EKS_PAGE = 100;
const pages = (n: number, size: number) => Math.max(1, Math.ceil(n / size));

/**
 * Fewest AWS API calls that inventory an account, from the scenario's data. Per account:
 *   1 sts:AssumeRole
 * + ⌈roles/1000⌉ iam:GetAccountAuthorizationDetails (roles, inline + attached policies, RoleLastUsed)
 * + ⌈roles/1000⌉ iam:ListRoles (the only paged source of MaxSessionDuration)
 * + 1 iam:ListOpenIDConnectProviders + P iam:GetOpenIDConnectProvider (the list has ARNs only)
 * + per region: ⌈C/100⌉ eks:ListClusters + C eks:DescribeCluster
 *     + per cluster ⌈A/100⌉ eks:ListPodIdentityAssociations + A eks:DescribePodIdentityAssociation
 *     + per cluster ⌈I/100⌉ eks:ListIdentityProviderConfigs + I eks:DescribeIdentityProviderConfig
 * Issuer probes are HTTPS fetches, not AWS API calls: counted separately.
 */
export function minimumCalls(scenario: Scenario): { total: number; byAction: Map<string, number> } {
  const byAction = new Map<string, number>();
  const add = (action: string, n: number) => byAction.set(action, (byAction.get(action) ?? 0) + n);
  for (const a of scenario.accounts) {
    add("sts:AssumeRole", 1);
    // +2: the audit and remediation roles are in the scenario's role list already.
    add("iam:GetAccountAuthorizationDetails", pages(a.roles.length, IAM_PAGE));
    add("iam:ListRoles", pages(a.roles.length, IAM_PAGE));
    add("iam:ListOpenIDConnectProviders", 1);
    add("iam:GetOpenIDConnectProvider", a.providers.length);
    for (const region of a.regions) {
      const clusters = a.clusters.filter((c) => c.region === region);
      add("eks:ListClusters", pages(clusters.length, EKS_PAGE));
      add("eks:DescribeCluster", clusters.length);
      for (const c of clusters) {
        add("eks:ListPodIdentityAssociations", pages(c.podIdentityAssociations.length, EKS_PAGE));
        add("eks:DescribePodIdentityAssociation", c.podIdentityAssociations.length);
        add("eks:ListIdentityProviderConfigs", pages(c.identityProviderConfigs.length, EKS_PAGE));
        add("eks:DescribeIdentityProviderConfig", c.identityProviderConfigs.length);
      }
    }
  }
  let total = 0;
  for (const n of byAction.values()) total += n;
  return { total, byAction };
}

/** Most calls any one account makes to one action: above the throttle's burst, the rate binds. */
export function busiestBucket(scenario: Scenario): number {
  let max = 0;
  for (const a of scenario.accounts) {
    // Buckets are per account, service and action, across regions.
    max = Math.max(max, a.providers.length, a.clusters.length);
  }
  return max;
}
