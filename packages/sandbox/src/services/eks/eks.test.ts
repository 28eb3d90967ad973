import {
  DescribeClusterCommand,
  DescribeIdentityProviderConfigCommand,
  DescribePodIdentityAssociationCommand,
  ListClustersCommand,
  ListIdentityProviderConfigsCommand,
  ListPodIdentityAssociationsCommand,
  paginateListClusters,
} from "@aws-sdk/client-eks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../sandbox";
import { DEMO_ACCOUNTS, DEMO_EXTERNAL_ID, DEMO_ISSUERS, demoScenario } from "../../scenarios/demo";
import { accountClients, failure } from "../../testing/sdk-clients";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ scenario: demoScenario });
});
afterAll(() => sandbox.close());

const prodEks = async (region = "us-east-1") =>
  (await accountClients(sandbox, DEMO_ACCOUNTS.prod, DEMO_EXTERNAL_ID, { region })).eks;

describe("EKS", () => {
  it("lists clusters per region with nextToken paging", async () => {
    const eks = await prodEks();
    const names: string[] = [];
    for await (const page of paginateListClusters({ client: eks, pageSize: 1 }, {}))
      names.push(...(page.clusters ?? []));
    expect(names).toEqual(["prod-use1", "data-use1"]);
    const eu = await prodEks("eu-west-1");
    expect((await eu.send(new ListClustersCommand({}))).clusters).toEqual(["prod-euw1"]);
  });

  it("describes a cluster with its OIDC issuer and access config", async () => {
    const { cluster } = await (await prodEks()).send(new DescribeClusterCommand({ name: "prod-use1" }));
    expect(cluster?.identity?.oidc?.issuer).toBe(DEMO_ISSUERS.prodUse1);
    expect(cluster?.identity?.oidc?.issuer).toMatch(
      /^https:\/\/oidc\.eks\.us-east-1\.amazonaws\.com\/id\/[0-9A-F]{32}$/,
    );
    expect(cluster?.accessConfig?.authenticationMode).toBe("API");
    expect(cluster?.createdAt).toBeInstanceOf(Date);
    expect(cluster?.arn).toBe(`arn:aws:eks:us-east-1:${DEMO_ACCOUNTS.prod}:cluster/prod-use1`);
    const err = await failure((await prodEks()).send(new DescribeClusterCommand({ name: "prod-euw1" })));
    expect(err.name).toBe("ResourceNotFoundException");
  });

  it("lists and describes Pod Identity associations, including cross-account fields", async () => {
    const eks = await prodEks();
    const list = await eks.send(new ListPodIdentityAssociationsCommand({ clusterName: "prod-use1" }));
    expect(list.associations?.map((a) => `${a.namespace}/${a.serviceAccount}`)).toEqual([
      "payments/api",
      "default/default",
      "reports/exporter",
      "billing/sync",
    ]);
    const filtered = await eks.send(
      new ListPodIdentityAssociationsCommand({ clusterName: "prod-use1", namespace: "default" }),
    );
    expect(filtered.associations).toHaveLength(1);
    const { association } = await eks.send(
      new DescribePodIdentityAssociationCommand({
        clusterName: "prod-use1",
        associationId: "a-reports0exporter1",
      }),
    );
    expect(association).toMatchObject({
      roleArn: `arn:aws:iam::${DEMO_ACCOUNTS.prod}:role/pod-identity-xacct-source`,
      targetRoleArn: `arn:aws:iam::${DEMO_ACCOUNTS.staging}:role/xacct-reports-target`,
      externalId: "2c1d7e0a-5b8f-4f53-9a43-0d7e5e1f9b21",
    });
  });

  it("lists and describes OIDC identity provider configs", async () => {
    const eks = await prodEks();
    const list = await eks.send(new ListIdentityProviderConfigsCommand({ clusterName: "prod-use1" }));
    expect(list.identityProviderConfigs).toEqual([{ type: "oidc", name: "corp-login" }]);
    const { identityProviderConfig } = await eks.send(
      new DescribeIdentityProviderConfigCommand({
        clusterName: "prod-use1",
        identityProviderConfig: { type: "oidc", name: "corp-login" },
      }),
    );
    expect(identityProviderConfig?.oidc).toMatchObject({
      issuerUrl: DEMO_ISSUERS.login,
      clientId: "eks-prod",
      usernameClaim: "email",
      groupsClaim: "groups",
      groupsPrefix: "oidc:",
      requiredClaims: { hd: "example-corp.com" },
      status: "ACTIVE",
    });
    const staging = (
      await accountClients(sandbox, DEMO_ACCOUNTS.staging, DEMO_EXTERNAL_ID, { region: "eu-west-1" })
    ).eks;
    const http = await staging.send(
      new DescribeIdentityProviderConfigCommand({
        clusterName: "staging-euw1",
        identityProviderConfig: { type: "oidc", name: "dex-http" },
      }),
    );
    expect(http.identityProviderConfig?.oidc?.issuerUrl).toMatch(/^http:\/\//);
  });

  it("fails as a disabled opt-in region where EKS is unavailable", async () => {
    const { eks } = await accountClients(sandbox, DEMO_ACCOUNTS.quota, DEMO_EXTERNAL_ID, {
      region: "ap-east-1",
    });
    expect((await failure(eks.send(new ListClustersCommand({})))).name).toBe("UnrecognizedClientException");
  });
});
