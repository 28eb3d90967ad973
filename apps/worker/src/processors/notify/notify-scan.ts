import {
  countFindingsResolvedBetween,
  getDeliveryByKey,
  getScan,
  listAccountNamesForAlerts,
  listChannelsForDelivery,
  listUnalertedFindings,
  markFindingsAlerted,
} from "@trustwatch/db";
import { JOB, parsePayload } from "@trustwatch/jobs";
import { type Job, UnrecoverableError } from "bullmq";
import type { ProcessorDeps } from "../deps";
import { type DeliveryItem, deliver } from "./deliver";
import { buildScanMessage, isAtOrAbove } from "./messages";

/**
 * notify.scan: one message per channel with the scan's new findings at or above the
 * channel's threshold, plus a summary of what the scan resolved. A finding is announced
 * once: alertedAt is set when a message carrying it arrived, so the next scan skips it.
 */
export async function processNotifyScan(job: Job, deps: ProcessorDeps, token?: string) {
  const { organizationId, scanId } = parsePayload(JOB.notifyScan, job.data);
  const scan = await getScan(deps.db, organizationId, scanId);
  if (!scan) throw new UnrecoverableError(`scan ${scanId} not found`);
  const channels = await listChannelsForDelivery(deps.db, organizationId);
  if (channels.length === 0) return { sent: 0, reason: "no channels" };

  const [organization, findings, accountNames] = await Promise.all([
    deps.db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } }),
    listUnalertedFindings(deps.db, organizationId, scanId),
    listAccountNamesForAlerts(deps.db, organizationId),
  ]);
  const resolved = await countFindingsResolvedBetween(
    deps.db,
    organizationId,
    scan.startedAt ?? scan.createdAt,
    scan.finishedAt ?? deps.now(),
  );

  const items: DeliveryItem[] = [];
  for (const channel of channels) {
    const selected = findings.filter((f) => isAtOrAbove(f.severity, channel.minSeverity));
    const dedupeKey = `scan.findings:${channel.id}:${scanId}`;
    // nothing new for this channel: no message at all, not even the resolved summary. A
    // message started on an earlier run is finished, though, even when another channel's
    // delivery has meanwhile marked its findings alerted.
    if (selected.length === 0 && !(await getDeliveryByKey(deps.db, dedupeKey))) continue;
    items.push({
      channel,
      dedupeKey,
      kind: "scan.findings",
      scanId,
      payload: buildScanMessage({
        organizationName: organization.name,
        scan: { id: scan.id, trigger: scan.trigger },
        findings: selected,
        resolved,
        threshold: channel.minSeverity,
        appUrl: deps.notify.appUrl,
        accountNames,
      }),
      onDelivered: () =>
        markFindingsAlerted(
          deps.db,
          organizationId,
          selected.map((f) => f.id),
          deps.now(),
        ),
    });
  }
  const result = await deliver(job, token, deps, items);
  return { sent: result.delivered.length, failed: result.failed.length };
}
