import { JOB } from "@trustwatch/jobs";
import { type Job, UnrecoverableError } from "bullmq";
import type { ProcessorDeps } from "../deps";
import { processNotifyRemediation } from "./notify-remediation";
import { processNotifyScan } from "./notify-scan";
import { processNotifyTest } from "./notify-test";

type NotifyHandler = (job: Job, deps: ProcessorDeps, token?: string) => Promise<unknown>;

const HANDLERS: Record<string, NotifyHandler> = {
  [JOB.notifyScan]: processNotifyScan,
  [JOB.notifyRemediation]: processNotifyRemediation,
  [JOB.notifyTest]: processNotifyTest,
};

/** The notify queue's processor: its handlers need the lock token to reschedule a retry. */
export function notifyProcessor(deps: ProcessorDeps) {
  return async (job: Job, token?: string) => {
    const handler = HANDLERS[job.name];
    if (!handler) throw new UnrecoverableError(`no processor for job ${job.name}`);
    return handler(job, deps, token);
  };
}
