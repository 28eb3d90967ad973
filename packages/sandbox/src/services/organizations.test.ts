import {
  DescribeOrganizationCommand,
  ListAccountsCommand,
  paginateListAccounts,
} from "@aws-sdk/client-organizations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../sandbox";
import { DEMO_ACCOUNTS, DEMO_EXTERNAL_ID, DEMO_ORG_ID, demoScenario } from "../scenarios/demo";
import { accountClients, clients, failure } from "../testing/sdk-clients";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ scenario: demoScenario });
});
afterAll(() => sandbox.close());

describe("Organizations", () => {
  it("pages ListAccounts from the management account", async () => {
    const { organizations } = await accountClients(sandbox, DEMO_ACCOUNTS.management, DEMO_EXTERNAL_ID);
    const first = await organizations.send(new ListAccountsCommand({ MaxResults: 2 }));
    expect(first.Accounts).toHaveLength(2);
    expect(first.NextToken).toBeTruthy();
    const ids: string[] = [];
    for await (const page of paginateListAccounts({ client: organizations, pageSize: 2 }, {}))
      ids.push(...(page.Accounts ?? []).map((a) => a.Id ?? ""));
    expect(ids.sort()).toEqual(Object.values(DEMO_ACCOUNTS).sort());
    expect(first.Accounts?.[0]).toMatchObject({
      Id: DEMO_ACCOUNTS.management,
      Name: "example-corp-management",
      Status: "ACTIVE",
    });
    expect(first.Accounts?.[0]?.JoinedTimestamp).toBeInstanceOf(Date);
  });

  it("describes the organization from any member", async () => {
    const { organizations } = await accountClients(sandbox, DEMO_ACCOUNTS.prod, DEMO_EXTERNAL_ID);
    const { Organization } = await organizations.send(new DescribeOrganizationCommand({}));
    expect(Organization).toMatchObject({
      Id: DEMO_ORG_ID,
      MasterAccountId: DEMO_ACCOUNTS.management,
      FeatureSet: "ALL",
    });
    expect((await failure(organizations.send(new ListAccountsCommand({})))).name).toBe(
      "AccessDeniedException",
    );
  });

  it("answers AWSOrganizationsNotInUseException outside the organization", async () => {
    const err = await failure(clients(sandbox).organizations.send(new DescribeOrganizationCommand({})));
    expect(err.name).toBe("AWSOrganizationsNotInUseException");
  });
});
