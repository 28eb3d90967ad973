import { getChannelForDelivery } from "@trustwatch/db";
import { JOB, parsePayload } from "@trustwatch/jobs";
import { type Job, UnrecoverableError } from "bullmq";
import type { ProcessorDeps } from "../deps";
import { deliver } from "./deliver";
import { buildTestMessage } from "./messages";

/** notify.test: the "Send test" button. Sent even to a disabled or failing channel: that is what a test is for. */
export async function processNotifyTest(job: Job, deps: ProcessorDeps, token?: string) {
  const { organizationId, channelId } = parsePayload(JOB.notifyTest, job.data);
  const channel = await getChannelForDelivery(deps.db, organizationId, channelId);
  if (!channel) throw new UnrecoverableError(`channel ${channelId} not found`);
  const organization = await deps.db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true },
  });
  const result = await deliver(job, token, deps, [
    {
      channel,
      // one delivery per button press (each press is its own job)
      dedupeKey: `test:${channel.id}:${job.id ?? job.timestamp}`,
      kind: "test",
      scanId: null,
      payload: buildTestMessage({
        organizationName: organization.name,
        channelName: channel.name,
        threshold: channel.minSeverity,
        appUrl: deps.notify.appUrl,
      }),
    },
  ]);
  return { sent: result.delivered.length, failed: result.failed.length };
}
