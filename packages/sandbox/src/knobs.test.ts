import { ListClustersCommand } from "@aws-sdk/client-eks";
import { GetRoleCommand, ListRolesCommand } from "@aws-sdk/client-iam";
import { ListAccountsCommand } from "@aws-sdk/client-organizations";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { HOME_ACCOUNT_ID } from "./constants";
import { type Sandbox, startSandbox } from "./sandbox";
import { DEMO_ACCOUNTS, DEMO_EXTERNAL_ID, demoScenario } from "./scenarios/demo";
import { accountClients, clients, failure } from "./testing/sdk-clients";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ scenario: demoScenario });
});
afterEach(() => {
  sandbox.throttle.set(undefined);
  sandbox.latency.set(undefined);
  sandbox.faults.clear();
});
afterAll(() => sandbox.close());

describe("throttling", () => {
  it("returns each service's throttling error once the bucket is empty", async () => {
    const prod = await accountClients(sandbox, DEMO_ACCOUNTS.prod, DEMO_EXTERNAL_ID);
    const mgmt = await accountClients(sandbox, DEMO_ACCOUNTS.management, DEMO_EXTERNAL_ID);
    sandbox.throttle.set({ ratePerSecond: 1, burst: 1 });
    await prod.iam.send(new ListRolesCommand({}));
    const iamErr = await failure(prod.iam.send(new ListRolesCommand({})));
    expect(iamErr.name).toBe("Throttling");
    expect(iamErr.$metadata?.httpStatusCode).toBe(400);
    // Buckets are per action: another action still has its token.
    await prod.iam.send(new GetRoleCommand({ RoleName: "payments-api" }));
    await prod.eks.send(new ListClustersCommand({}));
    const eksErr = await failure(prod.eks.send(new ListClustersCommand({})));
    expect(eksErr.name).toBe("ThrottlingException");
    expect(eksErr.$metadata?.httpStatusCode).toBe(429);
    await mgmt.organizations.send(new ListAccountsCommand({}));
    expect((await failure(mgmt.organizations.send(new ListAccountsCommand({})))).name).toBe(
      "TooManyRequestsException",
    );
  });

  it("limits per action with perAction overrides", async () => {
    sandbox.throttle.set({
      ratePerSecond: Number.POSITIVE_INFINITY,
      perAction: { "sts:GetCallerIdentity": { ratePerSecond: 1, burst: 2 } },
    });
    const { sts } = clients(sandbox);
    await sts.send(new GetCallerIdentityCommand({}));
    await sts.send(new GetCallerIdentityCommand({}));
    expect((await failure(sts.send(new GetCallerIdentityCommand({})))).name).toBe("Throttling");
  });
});

describe("latency, injected errors and metrics", () => {
  it("delays calls by the configured latency", async () => {
    const { sts } = clients(sandbox);
    await sts.send(new GetCallerIdentityCommand({}));
    sandbox.latency.set({ perAction: { "sts:GetCallerIdentity": 150 } });
    const start = performance.now();
    await sts.send(new GetCallerIdentityCommand({}));
    expect(performance.now() - start).toBeGreaterThanOrEqual(140);
  });

  it("fails the next N matching calls with the injected error", async () => {
    const { iam } = await accountClients(sandbox, DEMO_ACCOUNTS.prod, DEMO_EXTERNAL_ID);
    sandbox.faults.failNext({ account: DEMO_ACCOUNTS.prod, action: "ListRoles", count: 2 });
    expect((await failure(iam.send(new ListRolesCommand({})))).name).toBe("ServiceUnavailable");
    expect((await failure(iam.send(new ListRolesCommand({})))).$metadata?.httpStatusCode).toBe(503);
    await iam.send(new ListRolesCommand({}));
    sandbox.faults.failNext({ service: "iam", code: "ServiceFailure", status: 500 });
    expect((await failure(iam.send(new ListRolesCommand({})))).name).toBe("ServiceFailureException");
  });

  it("counts calls by account, service and action", async () => {
    sandbox.metrics.reset();
    const { iam } = await accountClients(sandbox, DEMO_ACCOUNTS.staging, DEMO_EXTERNAL_ID);
    await iam.send(new ListRolesCommand({}));
    await iam.send(new ListRolesCommand({}));
    expect(sandbox.metrics.calls({ account: DEMO_ACCOUNTS.staging })).toEqual([
      { account: DEMO_ACCOUNTS.staging, service: "iam", action: "ListRoles", calls: 2, errors: 0 },
    ]);
    expect(sandbox.metrics.total({ account: HOME_ACCOUNT_ID, action: "AssumeRole" })).toBe(1);
    sandbox.metrics.reset();
    expect(sandbox.metrics.total()).toBe(0);
  });

  it("serves 1,000 concurrent calls with 20 ms latency without blocking", async () => {
    sandbox.latency.set(20);
    const auth = `AWS4-HMAC-SHA256 Credential=${sandbox.credentials.accessKeyId}/20250101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00`;
    const start = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: 1000 }, () =>
        fetch(sandbox.endpoint, {
          method: "POST",
          headers: { authorization: auth, "content-type": "application/x-www-form-urlencoded" },
          body: "Action=GetCallerIdentity&Version=2011-06-15",
        }).then(async (r) => {
          await r.text();
          return r.status;
        }),
      ),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
