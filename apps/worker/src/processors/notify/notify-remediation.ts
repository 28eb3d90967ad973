import {
  getRemediationRequestForNotification,
  listAccountNamesForAlerts,
  listChannelsForDelivery,
} from "@trustwatch/db";
import { JOB, parsePayload } from "@trustwatch/jobs";
import { type Job, UnrecoverableError } from "bullmq";
import type { ProcessorDeps } from "../deps";
import { deliver } from "./deliver";
import { buildRemediationMessage } from "./messages";

/** notify.remediation: tell every enabled channel that a request waits for an approver. */
export async function processNotifyRemediation(job: Job, deps: ProcessorDeps, token?: string) {
  const { organizationId, requestId } = parsePayload(JOB.notifyRemediation, job.data);
  const request = await getRemediationRequestForNotification(deps.db, organizationId, requestId);
  if (!request) throw new UnrecoverableError(`remediation request ${requestId} not found`);
  // decided before the message went out (or on a late retry): nothing waits any more
  if (request.status !== "pending") return { sent: 0, reason: `request is ${request.status}` };
  const channels = await listChannelsForDelivery(deps.db, organizationId);
  if (channels.length === 0) return { sent: 0, reason: "no channels" };
  const [organization, accountNames] = await Promise.all([
    deps.db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } }),
    listAccountNamesForAlerts(deps.db, organizationId),
  ]);
  const payload = buildRemediationMessage({
    organizationName: organization.name,
    request,
    requester: request.requester
      ? `${request.requester.name} (${request.requester.email})`
      : "a former member",
    appUrl: deps.notify.appUrl,
    accountNames,
  });
  const result = await deliver(
    job,
    token,
    deps,
    channels.map((channel) => ({
      channel,
      dedupeKey: `remediation.pending:${channel.id}:${requestId}`,
      kind: "remediation.pending" as const,
      scanId: null,
      payload,
    })),
  );
  return { sent: result.delivered.length, failed: result.failed.length };
}
