import { emptyInventory, evaluate, type Finding } from "@trustwatch/core";
import { createDb, finishScan, type ReconcileResult, reconcileFindings } from "@trustwatch/db";
import { createTestDatabase } from "@trustwatch/db/testing";
import type { Scenario } from "@trustwatch/sandbox";
import { snapshotOf } from "./persistence";

export type ReconcilePass = { rows: number; ms: number; rowsPerSecond: number; result: ReconcileResult };
export type ReconcileBench = {
  findings: number;
  first: ReconcilePass;
  rescan: ReconcilePass;
  changed: ReconcilePass;
};

/** The findings the rule catalogue raises over the scenario's inventory (what the worker reconciles). */
export function findingsOf(scenario: Scenario, now: Date): Finding[] {
  const inventory = emptyInventory();
  for (const a of scenario.accounts) {
    const s = snapshotOf(a);
    inventory.accounts.push({ accountId: a.id, name: a.name });
    inventory.providers.push(...s.providers);
    inventory.roles.push(...s.roles);
    inventory.clusters.push(...s.clusters);
    inventory.identityProviderConfigs.push(...s.identityProviderConfigs);
    inventory.podIdentityAssociations.push(...s.podIdentityAssociations);
  }
  return evaluate(inventory, { now });
}

/**
 * The same estate a scan later, about 5% different: of every 100 findings one is gone (resolved),
 * two are new (another fingerprint), one changed severity and one changed title and evidence.
 */
export function changedFindings(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  findings.forEach((f, i) => {
    const k = i % 100;
    if (k === 0) return;
    if (k === 1 || k === 2) out.push({ ...f, fingerprint: `${f.fingerprint}-next` });
    else if (k === 3) out.push({ ...f, severity: f.severity === "critical" ? "high" : "critical" });
    else if (k === 4)
      out.push({ ...f, title: `${f.title} (changed)`, evidence: { ...f.evidence, changed: true } });
    else out.push(f);
  });
  return out;
}

/**
 * The worker's end of a scan's evaluation, without the evaluation: `reconcileFindings` of the
 * given findings into a throwaway database, then `finishScan` (the synchronous commit that closes
 * the scan), timed together — a first scan (all inserts), a rescan of the same findings, and a
 * rescan where about 5% changed. Rows are the scan's findings (deduplicated by fingerprint): what
 * the finding table reflects for the scan afterwards, written or not; findings resolved because
 * the scan did not see them are in `result.resolvedCount`.
 */
export async function benchReconcile(
  findings: Finding[],
  reconcile: typeof reconcileFindings = reconcileFindings,
): Promise<ReconcileBench> {
  const test = await createTestDatabase();
  // The worker's pool size at its default concurrency (apps/worker/src/main.ts: WORKER_CONCURRENCY + 4).
  const db = createDb(test.url, { maxConnections: 20 });
  try {
    const org = await db.organization.create({
      data: { name: "Reconcile bench", slug: "reconcile-bench", externalId: "bench-reconcile" },
    });
    const start = Date.UTC(2026, 2, 1);
    let passes = 0;
    const pass = async (scanFindings: Finding[]): Promise<ReconcilePass> => {
      passes++;
      const now = new Date(start + passes * 3_600_000);
      const scan = await db.scan.create({
        data: { organizationId: org.id, trigger: "manual", status: "running" },
      });
      const started = performance.now();
      const result = await reconcile(db, org.id, scan.id, scanFindings, now);
      await finishScan(db, scan.id, { status: "succeeded", summary: { ...result }, finishedAt: now });
      const ms = performance.now() - started;
      const rows = new Set(scanFindings.map((f) => f.fingerprint)).size;
      return { rows, ms, rowsPerSecond: rows / (ms / 1000), result };
    };
    const first = await pass(findings);
    const rescan = await pass(findings);
    const changed = await pass(changedFindings(findings));
    return { findings: findings.length, first, rescan, changed };
  } finally {
    await db.$disconnect();
    await test.drop();
  }
}
