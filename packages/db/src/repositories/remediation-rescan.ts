import type { Finding, Inventory } from "@trustwatch/core";
import type { Db } from "../client";

type ProviderFields = Pick<Inventory["providers"][number], "url" | "clientIds" | "thumbprints">;

/** Records a role's trust policy as re-read after a remediation (a one-resource re-scan). */
export async function recordRemediatedRole(
  db: Db,
  organizationId: string,
  input: { arn: string; trustPolicy: string; now: Date },
) {
  await db.iamRole.updateMany({
    where: { organizationId, arn: input.arn },
    data: { trustPolicy: input.trustPolicy, lastSeenAt: input.now, goneAt: null },
  });
}

/** Records a provider as re-read after a remediation: updated, created, or (null) gone. */
export async function recordRemediatedProvider(
  db: Db,
  organizationId: string,
  input: { awsAccountId: string; accountId: string; arn: string; provider: ProviderFields | null; now: Date },
) {
  if (!input.provider) {
    await db.oidcProvider.updateMany({
      where: { organizationId, arn: input.arn, goneAt: null },
      data: { goneAt: input.now },
    });
    return;
  }
  const fields = {
    url: input.provider.url,
    clientIds: input.provider.clientIds,
    thumbprints: input.provider.thumbprints,
  };
  await db.oidcProvider.upsert({
    where: { organizationId_arn: { organizationId, arn: input.arn } },
    create: {
      organizationId,
      awsAccountId: input.awsAccountId,
      accountId: input.accountId,
      arn: input.arn,
      ...fields,
      createdAtAws: input.now,
      firstSeenAt: input.now,
      lastSeenAt: input.now,
    },
    update: { ...fields, lastSeenAt: input.now, goneAt: null },
  });
}

/**
 * Reconciles findings of a few resources after a remediation re-evaluated the inventory: those
 * seen are opened (or refreshed, or re-opened), stored open ones not seen are resolved. Rules that
 * need the previous scan (drift.*) cannot be judged here and are left alone.
 */
export async function reconcileResourceFindings(
  db: Db,
  organizationId: string,
  input: { resourceArns: string[]; findings: Finding[]; now: Date },
): Promise<{ opened: number; resolved: number }> {
  const arns = new Set(input.resourceArns);
  const current = input.findings.filter((f) => arns.has(f.resourceArn) && !f.ruleId.startsWith("drift."));
  const stored = await db.finding.findMany({
    where: { organizationId, resourceArn: { in: [...arns] } },
    select: { id: true, fingerprint: true, status: true, ruleId: true },
  });
  const byFingerprint = new Map(stored.map((s) => [s.fingerprint, s]));
  let opened = 0;
  for (const f of current) {
    const status = f.suppressedBy ? ("suppressed" as const) : ("open" as const);
    const fields = {
      severity: f.severity,
      title: f.title,
      evidence: JSON.parse(JSON.stringify(f.evidence)) as object,
      status,
      lastSeenAt: input.now,
      resolvedAt: null,
      suppressedByExceptionId: f.suppressedBy ?? null,
    };
    const existing = byFingerprint.get(f.fingerprint);
    if (existing) {
      if (existing.status === "resolved") opened++;
      await db.finding.update({
        where: { id: existing.id },
        // A finding that comes back after being resolved is a new occurrence: alert again.
        data: { ...fields, ...(existing.status === "resolved" ? { alertedAt: null } : {}) },
      });
    } else {
      opened++;
      await db.finding.create({
        data: {
          organizationId,
          ruleId: f.ruleId,
          fingerprint: f.fingerprint,
          resourceType: f.resourceType,
          resourceArn: f.resourceArn,
          accountId: f.accountId,
          firstSeenAt: input.now,
          ...fields,
        },
      });
    }
  }
  const seen = new Set(current.map((f) => f.fingerprint));
  const gone = stored.filter(
    (s) => s.status !== "resolved" && !seen.has(s.fingerprint) && !s.ruleId.startsWith("drift."),
  );
  if (gone.length > 0)
    await db.finding.updateMany({
      where: { organizationId, id: { in: gone.map((s) => s.id) } },
      data: { status: "resolved", resolvedAt: input.now },
    });
  return { opened, resolved: gone.length };
}
