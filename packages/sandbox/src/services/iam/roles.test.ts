import {
  GetAccountAuthorizationDetailsCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  ListRoleTagsCommand,
  paginateGetAccountAuthorizationDetails,
  paginateListRoles,
  UpdateAssumeRolePolicyCommand,
} from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../sandbox";
import { DEMO_ACCOUNTS, DEMO_EXTERNAL_ID, demoScenario } from "../../scenarios/demo";
import { accountClients, failure } from "../../testing/sdk-clients";

let sandbox: Sandbox;
let iam: Awaited<ReturnType<typeof accountClients>>["iam"];
beforeAll(async () => {
  sandbox = await startSandbox({ scenario: demoScenario });
  ({ iam } = await accountClients(sandbox, DEMO_ACCOUNTS.prod, DEMO_EXTERNAL_ID));
});
afterAll(() => sandbox.close());

describe("IAM roles", () => {
  it("pages ListRoles with Marker/IsTruncated, URL-encoded trust policies and no RoleLastUsed", async () => {
    const first = await iam.send(new ListRolesCommand({ MaxItems: 5 }));
    expect(first.Roles).toHaveLength(5);
    expect(first.IsTruncated).toBe(true);
    expect(first.Marker).toBeTruthy();
    const second = await iam.send(new ListRolesCommand({ MaxItems: 5, Marker: first.Marker }));
    expect(second.Roles?.[0]?.RoleName).not.toBe(first.Roles?.[0]?.RoleName);
    const role = first.Roles?.[0];
    expect(role?.AssumeRolePolicyDocument).toMatch(/^%7B/);
    expect(JSON.parse(decodeURIComponent(role?.AssumeRolePolicyDocument ?? ""))).toHaveProperty("Statement");
    expect(role?.RoleLastUsed).toBeUndefined();
    expect(role?.MaxSessionDuration).toBe(3600);

    const all: string[] = [];
    for await (const page of paginateListRoles({ client: iam, pageSize: 7 }, {}))
      all.push(...(page.Roles ?? []).map((r) => r.RoleName ?? ""));
    expect(all).toHaveLength(sandbox.state.account(DEMO_ACCOUNTS.prod)?.roles.size ?? -1);
    expect(new Set(all).size).toBe(all.length);
  });

  it("returns RoleLastUsed and MaxSessionDuration from GetRole", async () => {
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: "irsa-unused" }));
    expect(Role?.RoleLastUsed?.LastUsedDate).toBeInstanceOf(Date);
    expect(Role?.RoleLastUsed?.Region).toBe("us-east-1");
    const long = await iam.send(new GetRoleCommand({ RoleName: "irsa-long-session" }));
    expect(long.Role?.MaxSessionDuration).toBe(43200);
    const never = await iam.send(new GetRoleCommand({ RoleName: "irsa-never-used" }));
    expect(never.Role?.RoleLastUsed?.LastUsedDate).toBeUndefined();
  });

  it("lists attached and inline policies and tags", async () => {
    const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: "irsa-no-condition" }));
    expect(attached.AttachedPolicies).toEqual([
      { PolicyName: "AdministratorAccess", PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess" },
    ]);
    const names = await iam.send(new ListRolePoliciesCommand({ RoleName: "TrustwatchRemediation" }));
    expect(names.PolicyNames).toEqual(["trustwatch-remediation"]);
    const inline = await iam.send(
      new GetRolePolicyCommand({ RoleName: "TrustwatchRemediation", PolicyName: "trustwatch-remediation" }),
    );
    expect(decodeURIComponent(inline.PolicyDocument ?? "")).toContain("iam:UpdateAssumeRolePolicy");
    const tags = await iam.send(new ListRoleTagsCommand({ RoleName: "payments-api" }));
    expect(tags.Tags).toEqual([]);
  });

  it("maps missing roles and policies to NoSuchEntityException", async () => {
    expect((await failure(iam.send(new GetRoleCommand({ RoleName: "nope" })))).name).toBe(
      "NoSuchEntityException",
    );
    const err = await failure(
      iam.send(new GetRolePolicyCommand({ RoleName: "payments-api", PolicyName: "nope" })),
    );
    expect(err.name).toBe("NoSuchEntityException");
  });

  it("pages GetAccountAuthorizationDetails across roles and managed policies", async () => {
    const roles: string[] = [];
    const policies: string[] = [];
    let pages = 0;
    const paginator = paginateGetAccountAuthorizationDetails(
      { client: iam, pageSize: 10 },
      { Filter: ["Role", "AWSManagedPolicy", "LocalManagedPolicy"] },
    );
    for await (const page of paginator) {
      pages++;
      roles.push(...(page.RoleDetailList ?? []).map((r) => r.RoleName ?? ""));
      policies.push(...(page.Policies ?? []).map((p) => p.PolicyName ?? ""));
      for (const r of page.RoleDetailList ?? []) expect(r.AssumeRolePolicyDocument).toMatch(/^%7B/);
    }
    expect(pages).toBeGreaterThan(2);
    expect(roles).toHaveLength(sandbox.state.account(DEMO_ACCOUNTS.prod)?.roles.size ?? -1);
    expect(policies).toContain("AdministratorAccess");
    const one = await iam.send(
      new GetAccountAuthorizationDetailsCommand({ Filter: ["Role"], MaxItems: 1000 }),
    );
    const unused = one.RoleDetailList?.find((r) => r.RoleName === "irsa-unused");
    expect(unused?.RoleLastUsed?.LastUsedDate).toBeInstanceOf(Date);
    expect(unused?.AttachedManagedPolicies).toEqual([]);
    const admin = one.RoleDetailList?.find((r) => r.RoleName === "irsa-no-condition");
    expect(admin?.AttachedManagedPolicies?.[0]?.PolicyName).toBe("AdministratorAccess");
    expect(one.Policies).toEqual([]);
  });

  it("updates a trust policy, visible in the live state, and rejects malformed ones", async () => {
    const doc = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Service: "pods.eks.amazonaws.com" },
          Action: ["sts:AssumeRole", "sts:TagSession"],
        },
      ],
    });
    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: "orders-workers", PolicyDocument: doc }));
    expect(sandbox.state.account(DEMO_ACCOUNTS.prod)?.roles.get("orders-workers")?.trustPolicy).toBe(doc);
    for (const bad of [
      "{not json",
      JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*", Principal: "*" }],
      }),
    ]) {
      const err = await failure(
        iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: "orders-workers", PolicyDocument: bad })),
      );
      expect(err.name).toBe("MalformedPolicyDocumentException");
    }
  });
});
