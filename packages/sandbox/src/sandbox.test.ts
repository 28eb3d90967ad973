import { GetAccountAuthorizationDetailsCommand } from "@aws-sdk/client-iam";
import { paginateListAccounts } from "@aws-sdk/client-organizations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "./sandbox";
import { generateLargeOrg, LARGE_ORG_EXTERNAL_ID } from "./scenarios/large-org";
import { accountClients } from "./testing/sdk-clients";

let sandbox: Sandbox;
let startMs = 0;
beforeAll(async () => {
  const start = performance.now();
  const scenario = generateLargeOrg({
    accounts: 1000,
    regionsPerAccount: 2,
    clustersPerRegion: 3,
    rolesPerAccount: 50,
    seed: 1,
  });
  sandbox = await startSandbox({ scenario });
  startMs = performance.now() - start;
});
afterAll(() => sandbox.close());

describe("sandbox over a large organization", () => {
  it("starts quickly and serves its accounts through the real clients", async () => {
    expect(startMs).toBeLessThan(5000);
    expect(sandbox.issuerHosts).toEqual([
      "oidc.eks.eu-west-1.amazonaws.com",
      "oidc.eks.us-east-1.amazonaws.com",
    ]);
    const mgmt = await accountClients(sandbox, "500000000000", LARGE_ORG_EXTERNAL_ID);
    let accounts = 0;
    for await (const page of paginateListAccounts({ client: mgmt.organizations, pageSize: 20 }, {}))
      accounts += page.Accounts?.length ?? 0;
    expect(accounts).toBe(1000);
    const member = await accountClients(sandbox, "500000000777", LARGE_ORG_EXTERNAL_ID);
    const details = await member.iam.send(
      new GetAccountAuthorizationDetailsCommand({ Filter: ["Role"], MaxItems: 1000 }),
    );
    expect(details.RoleDetailList).toHaveLength(52);
    expect(sandbox.metrics.total({ service: "organizations" })).toBe(50);
  });
});
