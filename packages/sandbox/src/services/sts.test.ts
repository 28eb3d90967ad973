import { EKSClient, ListClustersCommand } from "@aws-sdk/client-eks";
import { ListRolesCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOME_PRINCIPAL_ARN } from "../constants";
import { type Sandbox, startSandbox } from "../sandbox";
import { DEMO_ACCOUNTS, DEMO_EXTERNAL_ID, demoScenario, withAuditRoleExternalId } from "../scenarios/demo";
import { accountClients, assumeRole, clients, failure } from "../testing/sdk-clients";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    scenario: withAuditRoleExternalId(demoScenario, DEMO_ACCOUNTS.shared, "someone-elses-id"),
  });
});
afterAll(() => sandbox.close());

const auditArn = (account: string) => `arn:aws:iam::${account}:role/TrustwatchAudit`;

describe("STS", () => {
  it("identifies the home worker", async () => {
    const me = await clients(sandbox).sts.send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({ Account: "999999999999", Arn: HOME_PRINCIPAL_ARN });
  });

  it("assumes the audit role with the ExternalId, then lists in that account", async () => {
    const { sts, iam, eks } = await accountClients(sandbox, DEMO_ACCOUNTS.prod, DEMO_EXTERNAL_ID);
    const me = await sts.send(new GetCallerIdentityCommand({}));
    expect(me.Account).toBe(DEMO_ACCOUNTS.prod);
    expect(me.Arn).toBe(`arn:aws:sts::${DEMO_ACCOUNTS.prod}:assumed-role/TrustwatchAudit/trustwatch-test`);
    const roles = await iam.send(new ListRolesCommand({ MaxItems: 1000 }));
    expect(roles.Roles?.map((r) => r.RoleName)).toContain("irsa-no-condition");
    const clusters = await eks.send(new ListClustersCommand({}));
    expect(clusters.clusters).toEqual(["prod-use1", "data-use1"]);
  });

  it("returns a new key per session with a one-hour expiry from the sandbox clock", async () => {
    const out = await clients(sandbox).sts.send(
      new AssumeRoleCommand({
        RoleArn: auditArn(DEMO_ACCOUNTS.staging),
        RoleSessionName: "s1",
        ExternalId: DEMO_EXTERNAL_ID,
      }),
    );
    const other = await assumeRole(sandbox, DEMO_ACCOUNTS.staging, DEMO_EXTERNAL_ID);
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(out.Credentials?.AccessKeyId).not.toBe(other.accessKeyId);
    const ms = (out.Credentials?.Expiration?.getTime() ?? 0) - sandbox.clock.now().getTime();
    expect(ms).toBeGreaterThan(3_590_000);
    expect(ms).toBeLessThanOrEqual(3_600_000);
  });

  it.each([
    ["wrong ExternalId", auditArn(DEMO_ACCOUNTS.prod), "wrong-id"],
    ["missing ExternalId", auditArn(DEMO_ACCOUNTS.prod), undefined],
    ["nonexistent role", `arn:aws:iam::${DEMO_ACCOUNTS.prod}:role/Nope`, DEMO_EXTERNAL_ID],
    ["nonexistent account", "arn:aws:iam::123412341234:role/TrustwatchAudit", DEMO_EXTERNAL_ID],
    ["account whose audit role expects another ExternalId", auditArn(DEMO_ACCOUNTS.shared), DEMO_EXTERNAL_ID],
  ])("denies AssumeRole: %s", async (_name, roleArn, externalId) => {
    const err = await failure(
      clients(sandbox).sts.send(
        new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "x1", ExternalId: externalId }),
      ),
    );
    expect(err.name).toBe("AccessDenied");
    expect(err.$metadata?.httpStatusCode).toBe(403);
    expect(err.message).toContain(`is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);
  });

  it("denies a principal the trust policy does not name", async () => {
    // A session in prod is not the home account's root: the audit role of staging does not trust it.
    const prod = await accountClients(sandbox, DEMO_ACCOUNTS.prod, DEMO_EXTERNAL_ID);
    const err = await failure(
      prod.sts.send(
        new AssumeRoleCommand({
          RoleArn: auditArn(DEMO_ACCOUNTS.staging),
          RoleSessionName: "x2",
          ExternalId: DEMO_EXTERNAL_ID,
        }),
      ),
    );
    expect(err.name).toBe("AccessDenied");
  });

  it("rejects expired session credentials with ExpiredToken", async () => {
    const session = await accountClients(sandbox, DEMO_ACCOUNTS.management, DEMO_EXTERNAL_ID);
    sandbox.clock.advance(2 * 3_600_000);
    try {
      expect((await failure(session.sts.send(new GetCallerIdentityCommand({})))).name).toBe("ExpiredToken");
      expect((await failure(session.eks.send(new ListClustersCommand({})))).name).toBe(
        "ExpiredTokenException",
      );
    } finally {
      sandbox.clock.advance(-2 * 3_600_000);
    }
  });

  it("is reached through AWS_ENDPOINT_URL, as the worker configures it", async () => {
    const saved = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = sandbox.endpoint;
    try {
      const sts = new STSClient({ region: "us-east-1", credentials: sandbox.credentials });
      expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe("999999999999");
      const eks = new EKSClient({
        region: "eu-west-1",
        credentials: await assumeRole(sandbox, DEMO_ACCOUNTS.prod, DEMO_EXTERNAL_ID),
      });
      expect((await eks.send(new ListClustersCommand({}))).clusters).toEqual(["prod-euw1"]);
    } finally {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL;
      else process.env.AWS_ENDPOINT_URL = saved;
    }
  });

  it("rejects unknown access keys as AWS does per protocol", async () => {
    const bad = clients(sandbox, {
      credentials: { accessKeyId: "AKIAUNKNOWN000000000", secretAccessKey: "x" },
    });
    expect((await failure(bad.sts.send(new GetCallerIdentityCommand({})))).name).toBe("InvalidClientTokenId");
    expect((await failure(bad.iam.send(new ListRolesCommand({})))).name).toBe("InvalidClientTokenId");
    expect((await failure(bad.eks.send(new ListClustersCommand({})))).name).toBe(
      "UnrecognizedClientException",
    );
  });
});
