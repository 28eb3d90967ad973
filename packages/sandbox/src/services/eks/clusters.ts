import { createHash } from "node:crypto";
import { eksIssuerUrl } from "../../state/arns";
import type { ClusterState } from "../../state/types";
import { epochSeconds } from "../json";

function hex(seed: string, length: number): string {
  return createHash("sha256").update(seed).digest("hex").slice(0, length);
}

/** The Cluster shape of DescribeCluster; `identity.oidc.issuer` and `accessConfig` are what Trustwatch reads. */
export function clusterJson(accountId: string, c: ClusterState) {
  const vpc = `vpc-${hex(c.arn, 17)}`;
  return {
    name: c.name,
    arn: c.arn,
    createdAt: epochSeconds(c.createdAt),
    version: c.version,
    endpoint: `https://${c.issuerId}.gr7.${c.region}.eks.amazonaws.com`,
    roleArn: `arn:aws:iam::${accountId}:role/eks-cluster-role`,
    resourcesVpcConfig: {
      subnetIds: [`subnet-${hex(`${c.arn}a`, 17)}`, `subnet-${hex(`${c.arn}b`, 17)}`],
      securityGroupIds: [],
      clusterSecurityGroupId: `sg-${hex(c.arn, 17)}`,
      vpcId: vpc,
      endpointPublicAccess: true,
      endpointPrivateAccess: true,
      publicAccessCidrs: ["0.0.0.0/0"],
    },
    kubernetesNetworkConfig: { serviceIpv4Cidr: "172.20.0.0/16", ipFamily: "ipv4" },
    logging: { clusterLogging: [{ types: ["api", "audit", "authenticator"], enabled: false }] },
    identity: { oidc: { issuer: eksIssuerUrl(c.region, c.issuerId) } },
    status: c.status,
    certificateAuthority: { data: Buffer.from(`sandbox-ca-for-${c.name}`).toString("base64") },
    platformVersion: "eks.1",
    tags: {},
    accessConfig: { bootstrapClusterCreatorAdminPermissions: true, authenticationMode: c.authenticationMode },
    upgradePolicy: { supportType: "STANDARD" },
  };
}
