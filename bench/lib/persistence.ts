import { trustSubjectRows } from "@trustwatch/core";
import { type AccountSnapshot, createDb, finishAccount, persistAccountSnapshot } from "@trustwatch/db";
import { createTestDatabase } from "@trustwatch/db/testing";
import type { Scenario, ScenarioAccount } from "@trustwatch/sandbox";
import { seedBenchOrganization } from "./bench-org";

export type PersistenceBench = {
  accounts: number;
  rows: number;
  concurrency: number;
  firstScan: { ms: number; rowsPerSecond: number };
  rescan: { ms: number; rowsPerSecond: number };
};

type Snapshot = Omit<AccountSnapshot, "organizationId" | "awsAccountId" | "scanId" | "seenAt">;

const issuerUrl = (region: string, issuerId: string) =>
  `https://oidc.eks.${region}.amazonaws.com/id/${issuerId}`;

/** What the collectors return for a scenario account (the sandbox serves exactly this data). */
export function snapshotOf(a: ScenarioAccount): Snapshot {
  const policies = new Map((a.managedPolicies ?? []).map((p) => [p.arn, p.document]));
  const roles = a.roles.map((r) => ({
    arn: `arn:aws:iam::${a.id}:role${r.path ?? "/"}${r.name}`,
    accountId: a.id,
    name: r.name,
    path: r.path ?? "/",
    trustPolicy: encodeURIComponent(r.trustPolicy),
    attachedPolicies: r.attachedPolicyArns.map((arn) => ({
      arn,
      name: arn.split("/").at(-1) ?? arn,
      document: policies.get(arn) ?? null,
    })),
    inlinePolicies: r.inlinePolicies.map((p) => ({ name: p.name, document: encodeURIComponent(p.document) })),
    maxSessionDuration: r.maxSessionDuration,
    lastUsedAt: r.lastUsed ? new Date(r.lastUsed.date) : null,
    createdAt: new Date(r.createdAt),
  }));
  const clusters = a.clusters.map((c) => ({
    arn: `arn:aws:eks:${c.region}:${a.id}:cluster/${c.name}`,
    ...c,
  }));
  return {
    completeRegions: a.regions,
    providers: a.providers.map((p) => {
      const url = p.url.replace(/^https:\/\//, "");
      return {
        arn: `arn:aws:iam::${a.id}:oidc-provider/${url}`,
        accountId: a.id,
        url,
        clientIds: p.clientIds,
        thumbprints: p.thumbprints,
        tags: Object.fromEntries((p.tags ?? []).map((t) => [t.key, t.value])),
        createdAt: new Date(p.createdAt),
      };
    }),
    roles,
    clusters: clusters.map((c) => ({
      arn: c.arn,
      accountId: a.id,
      region: c.region,
      name: c.name,
      issuerUrl: issuerUrl(c.region, c.issuerId),
      version: c.version,
      status: c.status,
      authenticationMode: c.authenticationMode,
    })),
    podIdentityAssociations: clusters.flatMap((c) =>
      c.podIdentityAssociations.map((p) => ({
        associationArn: `arn:aws:eks:${c.region}:${a.id}:podidentityassociation/${c.name}/${p.id}`,
        associationId: p.id,
        clusterArn: c.arn,
        clusterName: c.name,
        accountId: a.id,
        region: c.region,
        namespace: p.namespace,
        serviceAccount: p.serviceAccount,
        roleArn: p.roleArn,
        targetRoleArn: p.targetRoleArn ?? null,
        externalId: p.externalId ?? null,
      })),
    ),
    identityProviderConfigs: clusters.flatMap((c) =>
      c.identityProviderConfigs.map((i) => ({
        clusterArn: c.arn,
        accountId: a.id,
        name: i.name,
        issuerUrl: i.issuerUrl,
        clientId: i.clientId,
        usernameClaim: i.usernameClaim ?? null,
        groupsClaim: i.groupsClaim ?? null,
        groupsPrefix: i.groupsPrefix ?? null,
        requiredClaims: i.requiredClaims ?? {},
        status: i.status,
      })),
    ),
    trustSubjects: roles.map((r) => ({ roleArn: r.arn, rows: trustSubjectRows(r.trustPolicy) })),
  };
}

/**
 * The worker's persistence alone, without AWS: for every account of the scenario, `concurrency`
 * accounts at a time on a pool of the worker's size, what the worker writes once it has collected
 * the account — `persistAccountSnapshot`, then `finishAccount` (whose synchronous commit is what
 * makes the snapshot durable: the snapshot commits without waiting for its WAL flush). A first
 * scan (inserts), then a rescan of the unchanged estate (every row's lastSeenAt and lastScanId
 * updated, nothing gone). Rows are the snapshot's rows — the resources and trust-subject rows the
 * database holds for the account after it, what the worker records as itemsCollected — whether or
 * not the statement had to rewrite them (a rescan leaves unchanged trust subjects in place).
 */
export async function benchPersistence(scenario: Scenario, concurrency: number): Promise<PersistenceBench> {
  const test = await createTestDatabase();
  // The worker's pool: WORKER_CONCURRENCY + 4 connections (apps/worker/src/main.ts).
  const db = createDb(test.url, { maxConnections: concurrency + 4 });
  try {
    const { organizationId, accountIds: ids } = await seedBenchOrganization(
      db,
      scenario,
      "persistence-bench",
    );
    const snapshots = scenario.accounts.map((a) => ({ awsAccountId: ids.get(a.id) ?? "", ...snapshotOf(a) }));
    const pass = async () => {
      const scan = await db.scan.create({
        data: { organizationId: organizationId, trigger: "manual", status: "running" },
      });
      await db.scanAccountResult.createMany({
        data: snapshots.map((s) => ({
          organizationId: organizationId,
          scanId: scan.id,
          awsAccountId: s.awsAccountId,
        })),
      });
      const started = performance.now();
      let rows = 0;
      let next = 0;
      const lane = async () => {
        while (next < snapshots.length) {
          const s = snapshots[next++];
          if (!s) break;
          const written = await persistAccountSnapshot(db, {
            organizationId: organizationId,
            scanId: scan.id,
            seenAt: new Date(),
            ...s,
          });
          await finishAccount(db, organizationId, scan.id, s.awsAccountId, {
            status: "succeeded",
            itemsCollected: written.rows,
            finishedAt: new Date(),
          });
          rows += written.rows;
        }
      };
      await Promise.all(Array.from({ length: concurrency }, lane));
      const ms = performance.now() - started;
      return { rows, ms, rowsPerSecond: rows / (ms / 1000) };
    };
    const first = await pass();
    const rescan = await pass();
    if (rescan.rows !== first.rows)
      throw new Error(`rescan counted ${rescan.rows} rows, first scan ${first.rows}`);
    return {
      accounts: snapshots.length,
      rows: first.rows,
      concurrency,
      firstScan: { ms: first.ms, rowsPerSecond: first.rowsPerSecond },
      rescan: { ms: rescan.ms, rowsPerSecond: rescan.rowsPerSecond },
    };
  } finally {
    await db.$disconnect();
    await test.drop();
  }
}
