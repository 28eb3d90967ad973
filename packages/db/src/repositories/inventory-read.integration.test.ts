import type { Inventory } from "@trustwatch/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createAwsAccount } from "./aws-accounts";
import { loadOrgInventory } from "./inventory-read";
import { persistAccountSnapshot } from "./inventory-write";

const SEEN = new Date("2026-03-01T10:00:00.000Z");

/** Three roles (more than one page would need 5,001: the paging is exercised by the org bench). */
const roles: Inventory["roles"] = [
  {
    arn: "arn:aws:iam::111111111111:role/irsa-app",
    accountId: "111111111111",
    name: "irsa-app",
    path: "/",
    trustPolicy: encodeURIComponent('{"Version":"2012-10-17","Statement":[]}'),
    attachedPolicies: [
      { arn: "arn:aws:iam::aws:policy/ReadOnlyAccess", name: "ReadOnlyAccess", document: null },
    ],
    inlinePolicies: [{ name: "inline", document: encodeURIComponent('{"Statement":[]}') }],
    maxSessionDuration: 3600,
    lastUsedAt: new Date("2026-02-27T23:30:00.123Z"),
    createdAt: new Date("2025-01-02T03:04:05.678Z"),
  },
  {
    arn: "arn:aws:iam::111111111111:role/team/never-used",
    accountId: "111111111111",
    name: "never-used",
    path: "/team/",
    trustPolicy: '{"Version":"2012-10-17","Statement":[]}',
    attachedPolicies: [],
    inlinePolicies: [],
    maxSessionDuration: 43200,
    lastUsedAt: null,
    createdAt: new Date("2024-06-30T00:00:00.000Z"),
  },
];

describe("loadOrgInventory (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let orgId: string;
  const tz = process.env.TZ;
  beforeAll(async () => {
    // Timestamps are stored without a zone (UTC): they must read back as the same instants in a
    // process whose local time is not UTC.
    process.env.TZ = "America/New_York";
    testDb = await createTestDatabase();
    orgId = (
      await testDb.db.organization.create({
        data: { name: "Inventory read", slug: "inventory-read", externalId: "org-external-id" },
      })
    ).id;
    const account = await createAwsAccount(testDb.db, orgId, {
      accountId: "111111111111",
      name: "acct",
      auditRoleArn: "arn:aws:iam::111111111111:role/TrustwatchAudit",
      regions: ["us-east-1"],
    });
    const gone = {
      ...roles[1],
      arn: "arn:aws:iam::111111111111:role/deleted",
      name: "deleted",
    } as Inventory["roles"][number];
    const snapshot = {
      organizationId: orgId,
      awsAccountId: account.id,
      completeRegions: ["us-east-1"],
      providers: [],
      clusters: [],
      identityProviderConfigs: [],
      podIdentityAssociations: [],
    };
    await persistAccountSnapshot(testDb.db, {
      ...snapshot,
      scanId: "scan-1",
      seenAt: SEEN,
      roles: [...roles, gone],
    });
    await persistAccountSnapshot(testDb.db, { ...snapshot, scanId: "scan-2", seenAt: SEEN, roles });
  });
  afterAll(async () => {
    process.env.TZ = tz;
    await testDb?.drop();
  });

  it("reads back the live roles exactly as persisted, dates as the same instants, gone ones left out", async () => {
    const inventory = await loadOrgInventory(testDb.db, orgId);
    const byArn = (a: { arn: string }, b: { arn: string }) => a.arn.localeCompare(b.arn);
    expect([...inventory.roles].sort(byArn)).toEqual([...roles].sort(byArn));
  });
});
