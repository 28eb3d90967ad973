import { createTestDatabase, type TestDatabase } from "@trustwatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Seeded, seedForApi } from "../../test-helpers";
import { callerFor, codeOf, DEMO, OTHER_ADMIN } from "../accounts/test-support";

const ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/ABCDEF0123456789";
const ORPHAN = "oidc.eks.us-east-1.amazonaws.com/id/DELETED999";
const CLUSTER_ARN = "arn:aws:eks:us-east-1:111111111111:cluster/prod-use1";
const providerArn = (issuer: string) => `arn:aws:iam::111111111111:oidc-provider/${issuer}`;
const trust = (issuer: string, sub: string) =>
  encodeURIComponent(
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Federated: providerArn(issuer) },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: { StringEquals: { [`${issuer}:sub`]: sub, [`${issuer}:aud`]: "sts.amazonaws.com" } },
        },
      ],
    }),
  );

describe("clusters, providers and pod identity routers (real PostgreSQL)", () => {
  let testDb: TestDatabase;
  let seeded: Seeded;
  const ids = { cluster: "", provider: "", orphan: "" };
  beforeAll(async () => {
    testDb = await createTestDatabase();
    seeded = await seedForApi(testDb);
    const db = testDb.db;
    const organizationId = seeded.demoId;
    const account = await db.awsAccount.create({
      data: {
        organizationId,
        accountId: "111111111111",
        name: "prod",
        auditRoleArn: "arn:aws:iam::111111111111:role/A",
        regions: ["us-east-1"],
      },
    });
    const base = { organizationId, awsAccountId: account.id, accountId: "111111111111" };
    ids.cluster = (
      await db.cluster.create({
        data: {
          ...base,
          arn: CLUSTER_ARN,
          region: "us-east-1",
          name: "prod-use1",
          issuerUrl: `https://${ISSUER}`,
          status: "ACTIVE",
        },
      })
    ).id;
    ids.provider = (
      await db.oidcProvider.create({
        data: {
          ...base,
          arn: providerArn(ISSUER),
          url: ISSUER,
          clientIds: ["sts.amazonaws.com"],
          thumbprints: ["00aa"],
        },
      })
    ).id;
    ids.orphan = (
      await db.oidcProvider.create({
        data: {
          ...base,
          arn: providerArn(ORPHAN),
          url: ORPHAN,
          clientIds: ["sts.amazonaws.com"],
          thumbprints: ["11bb"],
        },
      })
    ).id;
    const observation = await db.issuerObservation.create({
      data: {
        organizationId,
        url: `https://${ISSUER}`,
        reachable: true,
        topIntermediateThumbprint: "11BB",
        probedAt: new Date("2026-03-10T00:00:00Z"),
      },
    });
    await db.issuerKey.createMany({
      data: [
        {
          organizationId,
          issuerId: observation.id,
          kid: "k1",
          firstSeenAt: new Date("2026-03-01T00:00:00Z"),
          lastSeenAt: new Date("2026-03-08T00:00:00Z"),
        },
        {
          organizationId,
          issuerId: observation.id,
          kid: "k2",
          firstSeenAt: new Date("2026-03-08T00:00:00Z"),
          lastSeenAt: new Date("2026-03-10T00:00:00Z"),
        },
      ],
    });
    await db.iamRole.createMany({
      data: [
        {
          ...base,
          arn: "arn:aws:iam::111111111111:role/payments",
          name: "payments",
          trustPolicy: trust(ISSUER, "system:serviceaccount:pay:api"),
        },
        {
          ...base,
          arn: "arn:aws:iam::111111111111:role/batch",
          name: "batch",
          trustPolicy: trust(ORPHAN, "system:serviceaccount:batch:run"),
        },
      ],
    });
    await db.podIdentityAssociation.create({
      data: {
        ...base,
        arn: `${CLUSTER_ARN}/a-1`,
        associationId: "a-1",
        clusterArn: CLUSTER_ARN,
        clusterName: "prod-use1",
        region: "us-east-1",
        namespace: "shop",
        serviceAccount: "cart",
        roleArn: "arn:aws:iam::111111111111:role/cart",
      },
    });
    await db.finding.create({
      data: {
        organizationId,
        ruleId: "provider.orphaned",
        severity: "medium",
        fingerprint: "fp-orphan",
        resourceType: "provider",
        resourceArn: providerArn(ORPHAN),
        accountId: "111111111111",
        title: `Provider ${ORPHAN} matches no scanned cluster`,
        evidence: {},
        firstSeenAt: new Date(),
        lastSeenAt: new Date(),
      },
    });
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("lists clusters with the provider status and the key rotation", async () => {
    const viewer = await callerFor(testDb, seeded, DEMO.viewer);
    const [cluster] = await viewer.clusters.list();
    expect(cluster).toMatchObject({
      name: "prod-use1",
      providerStatus: "thumbprint-drift",
      signingKeys: 2,
      podIdentityAssociations: 1,
      lastRotationAt: new Date("2026-03-08T00:00:00Z"),
    });
  });

  it("shows a cluster's key timeline, trusting roles and associations", async () => {
    const viewer = await callerFor(testDb, seeded, DEMO.viewer);
    const detail = await viewer.clusters.get({ id: ids.cluster });
    expect(detail.issuer?.keys.map((k) => [k.kid, k.isCurrent])).toEqual([
      ["k1", false],
      ["k2", true],
    ]);
    expect(detail.issuer?.rotationsSeen).toBe(1);
    expect(detail.providers[0]).toMatchObject({ thumbprintMatches: false, audienceProblems: [] });
    expect(detail.trustingRoles.map((r) => [r.name, r.subjects])).toEqual([
      ["payments", ["service account pay/api"]],
    ]);
    expect(detail.podIdentityAssociations.map((a) => `${a.namespace}/${a.serviceAccount}`)).toEqual([
      "shop/cart",
    ]);
  });

  it("flags the orphaned provider first, with the roles that still trust it", async () => {
    const viewer = await callerFor(testDb, seeded, DEMO.viewer);
    const list = await viewer.providers.list();
    expect(list.map((p) => [p.url, p.isOrphaned])).toEqual([
      [ORPHAN, true],
      [ISSUER, false],
    ]);
    expect(list[1]).toMatchObject({
      thumbprintStatus: "drift",
      observedThumbprint: "11BB",
      clusters: [{ name: "prod-use1" }],
    });
    const orphan = await viewer.providers.get({ id: ids.orphan });
    expect(orphan.isOrphaned).toBe(true);
    expect(orphan.trustingRoles.map((r) => r.name)).toEqual(["batch"]);
    expect(orphan.orphanedEvidence).toContain("matches no scanned cluster");
  });

  it("lists pod identity associations", async () => {
    const viewer = await callerFor(testDb, seeded, DEMO.viewer);
    expect((await viewer.podIdentity.list()).map((a) => a.associationId)).toEqual(["a-1"]);
  });

  it("never shows another organization's inventory", async () => {
    const other = await callerFor(testDb, seeded, OTHER_ADMIN);
    expect(await other.clusters.list()).toEqual([]);
    expect(await other.providers.list()).toEqual([]);
    expect(await other.podIdentity.list()).toEqual([]);
    expect(await codeOf(other.clusters.get({ id: ids.cluster }))).toBe("NOT_FOUND");
    expect(await codeOf(other.providers.get({ id: ids.orphan }))).toBe("NOT_FOUND");
  });
});
