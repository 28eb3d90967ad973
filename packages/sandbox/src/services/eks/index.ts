import { AwsError } from "../../errors";
import type { AccountState, ClusterState } from "../../state/types";
import { jsonResponse, maxResults, pageOf, restJsonError } from "../json";
import type { AuthedRequest, SandboxContext, ServiceHandler } from "../types";
import { clusterJson } from "./clusters";
import { idpConfigJson } from "./identity-provider-configs";
import { associationJson, associationSummary } from "./pod-identity";
import { routeEks } from "./routes";

const invalid = (message: string) => new AwsError("InvalidParameterException", 400, message);

function findCluster(clusters: ClusterState[], name: string | undefined): ClusterState {
  const cluster = clusters.find((c) => c.name === name);
  if (!cluster)
    throw new AwsError("ResourceNotFoundException", 404, `No cluster found for name: ${name}.`, "Sender", {
      clusterName: name ?? "",
    });
  return cluster;
}

function regionClusters(
  ctx: SandboxContext,
  account: AccountState | undefined,
  req: AuthedRequest,
): ClusterState[] {
  // An opt-in region not enabled for the account rejects the credentials outright.
  if (
    account?.eksUnavailableRegions.has(req.region) ||
    ctx.faults.isEksRegionDisabled(req.caller.accountId, req.region)
  ) {
    throw new AwsError(
      "UnrecognizedClientException",
      403,
      "The security token included in the request is invalid.",
    );
  }
  return account?.clusters.filter((c) => c.region === req.region) ?? [];
}

function run(ctx: SandboxContext, req: AuthedRequest, action: string): unknown {
  const accountId = req.caller.accountId;
  const clusters = regionClusters(ctx, ctx.state.account(accountId), req);
  const route = routeEks(req.method, req.path);
  const max = (limit: number) => maxResults(req.query.get("maxResults"), limit, limit, invalid);
  const token = req.query.get("nextToken") ?? undefined;
  switch (action) {
    case "ListClusters": {
      const page = pageOf(
        clusters.map((c) => c.name),
        max(100),
        token,
        invalid,
      );
      return { clusters: page.items, nextToken: page.nextToken };
    }
    case "DescribeCluster":
      return { cluster: clusterJson(accountId, findCluster(clusters, route.cluster)) };
    case "ListPodIdentityAssociations": {
      const cluster = findCluster(clusters, route.cluster);
      const ns = req.query.get("namespace");
      const sa = req.query.get("serviceAccount");
      const matching = cluster.podIdentityAssociations.filter(
        (a) => (!ns || a.namespace === ns) && (!sa || a.serviceAccount === sa),
      );
      const page = pageOf(matching, max(100), token, invalid);
      return {
        associations: page.items.map((a) => associationSummary(accountId, cluster, a)),
        nextToken: page.nextToken,
      };
    }
    case "DescribePodIdentityAssociation": {
      const cluster = findCluster(clusters, route.cluster);
      const association = cluster.podIdentityAssociations.find((a) => a.id === route.id);
      if (!association)
        throw new AwsError(
          "ResourceNotFoundException",
          404,
          `Pod Identity association ${route.id} not found.`,
        );
      return { association: associationJson(accountId, cluster, association) };
    }
    case "ListIdentityProviderConfigs": {
      const cluster = findCluster(clusters, route.cluster);
      const page = pageOf(cluster.identityProviderConfigs, max(100), token, invalid);
      return {
        identityProviderConfigs: page.items.map((c) => ({ type: "oidc", name: c.name })),
        nextToken: page.nextToken,
      };
    }
    case "DescribeIdentityProviderConfig": {
      const cluster = findCluster(clusters, route.cluster);
      const body = JSON.parse(req.body || "{}") as {
        identityProviderConfig?: { type?: string; name?: string };
      };
      const wanted = body.identityProviderConfig;
      if (!wanted?.name || wanted.type !== "oidc")
        throw invalid("The type of identity provider config must be oidc.");
      const cfg = cluster.identityProviderConfigs.find((c) => c.name === wanted.name);
      if (!cfg)
        throw new AwsError(
          "ResourceNotFoundException",
          404,
          `Identity provider config ${wanted.name} not found.`,
        );
      return { identityProviderConfig: idpConfigJson(accountId, cluster, cfg) };
    }
    default:
      throw new AwsError("UnknownOperationException", 404, `Unknown operation ${req.method} ${req.path}`);
  }
}

export function createEksHandler(ctx: SandboxContext): ServiceHandler {
  return {
    protocol: "rest-json",
    actionOf: (req) => routeEks(req.method, req.path).action,
    handle: (req, action) => jsonResponse(run(ctx, req, action), req.requestId),
    renderError: restJsonError,
  };
}
