import { trustSubjectRows } from "@trustwatch/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createAwsAccount } from "./aws-accounts";
import { type AccountSnapshot, persistAccountSnapshot } from "./inventory-write";

const ACCOUNT = "111111111111";
const role = (name: string, service: string) => ({
  arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
  accountId: ACCOUNT,
  name,
  path: "/",
  trustPolicy: encodeURIComponent(
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }],
    }),
  ),
  attachedPolicies: [],
  inlinePolicies: [],
  maxSessionDuration: 3600,
  lastUsedAt: null,
  createdAt: new Date("2025-01-01T00:00:00.000Z"),
});

describe("persistAccountSnapshot: trust subjects (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let base: Omit<AccountSnapshot, "scanId" | "seenAt" | "roles" | "trustSubjects">;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    const org = await testDb.db.organization.create({
      data: { name: "Inventory", slug: "inventory", externalId: "inventory-external-id" },
    });
    const account = await createAwsAccount(testDb.db, org.id, {
      accountId: ACCOUNT,
      name: "acct",
      auditRoleArn: `arn:aws:iam::${ACCOUNT}:role/TrustwatchAudit`,
      externalId: null,
      regions: ["us-east-1"],
    });
    base = {
      organizationId: org.id,
      awsAccountId: account.id,
      completeRegions: ["us-east-1"],
      providers: [],
      clusters: [],
      identityProviderConfigs: [],
      podIdentityAssociations: [],
    };
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  const persist = (scanId: string, roles: ReturnType<typeof role>[], withSubjects = true) =>
    persistAccountSnapshot(testDb.db, {
      ...base,
      scanId,
      seenAt: new Date(),
      roles,
      trustSubjects: withSubjects
        ? roles.map((r) => ({ roleArn: r.arn, rows: trustSubjectRows(r.trustPolicy) }))
        : undefined,
    });
  const subjects = async () =>
    (
      await testDb.db.trustSubject.findMany({
        select: { id: true, principal: true, role: { select: { name: true } } },
        orderBy: { principal: "asc" },
      })
    ).map((s) => ({ id: s.id, role: s.role.name, principal: s.principal }));

  it("keeps unchanged subjects, rewrites a changed role's, drops a gone role's; counts every row of the snapshot", async () => {
    const a = role("a", "ec2.amazonaws.com");
    const b = role("b", "lambda.amazonaws.com");
    const c = role("c", "ecs-tasks.amazonaws.com");
    expect(await persist("scan-1", [a, b, c])).toEqual({ rows: 6 });
    const first = await subjects();
    expect(first.map((s) => [s.role, s.principal])).toEqual([
      ["a", "ec2.amazonaws.com"],
      ["c", "ecs-tasks.amazonaws.com"],
      ["b", "lambda.amazonaws.com"],
    ]);

    // A rescan counts what the database holds for the snapshot, though no subject is rewritten.
    expect(await persist("scan-2", [a, b, c])).toEqual({ rows: 6 });
    expect(await subjects()).toEqual(first);

    const b2 = role("b", "states.amazonaws.com");
    expect(await persist("scan-3", [a, b2])).toEqual({ rows: 4 });
    const third = await subjects();
    expect(third.map((s) => [s.role, s.principal])).toEqual([
      ["a", "ec2.amazonaws.com"],
      ["b", "states.amazonaws.com"],
    ]);
    expect(third[0]?.id).toBe(first[0]?.id);

    // A retry of the same scan reaches the same rows.
    await persist("scan-3", [a, b2]);
    expect(await subjects()).toEqual(third);
  });

  it("leaves the subjects alone when none are given, and repairs them on the next scan that has them", async () => {
    const a = role("a", "ec2.amazonaws.com");
    const b = role("b", "glue.amazonaws.com");
    await persist("scan-4", [a, b], false);
    expect((await subjects()).map((s) => [s.role, s.principal])).toEqual([
      ["a", "ec2.amazonaws.com"],
      ["b", "states.amazonaws.com"],
    ]);
    await persist("scan-5", [a, b]);
    expect((await subjects()).map((s) => [s.role, s.principal])).toEqual([
      ["a", "ec2.amazonaws.com"],
      ["b", "glue.amazonaws.com"],
    ]);
  });
});
