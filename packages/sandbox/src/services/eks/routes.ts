/** EKS REST routes the product calls (EKS API reference, "Request Syntax" of each action). */
export type EksRoute = { action: string; cluster?: string; id?: string };

export function routeEks(method: string, path: string): EksRoute {
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const [root, cluster, sub, id, verb] = parts;
  if (root !== "clusters") return { action: "Unknown" };
  if (method === "GET" && parts.length === 1) return { action: "ListClusters" };
  if (method === "GET" && parts.length === 2) return { action: "DescribeCluster", cluster };
  if (sub === "pod-identity-associations" && method === "GET") {
    return parts.length === 3
      ? { action: "ListPodIdentityAssociations", cluster }
      : { action: "DescribePodIdentityAssociation", cluster, id };
  }
  if (sub === "identity-provider-configs") {
    if (method === "GET" && parts.length === 3) return { action: "ListIdentityProviderConfigs", cluster };
    if (method === "POST" && id === "describe" && verb === undefined)
      return { action: "DescribeIdentityProviderConfig", cluster };
  }
  return { action: "Unknown" };
}
