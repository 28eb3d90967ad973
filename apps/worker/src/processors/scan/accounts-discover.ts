import { JOB, parsePayload } from "@trustwatch/jobs";
import type { Job } from "bullmq";
import type { ProcessorDeps } from "../deps";
import { discoverOrganizationAccounts } from "./scan-org";

/** accounts.discover: on demand (CLI, UI) rather than as part of a scan; returns what it found. */
export async function processAccountsDiscover(job: Job, deps: ProcessorDeps) {
  const { organizationId } = parsePayload(JOB.accountsDiscover, job.data);
  const accounts = await discoverOrganizationAccounts(
    deps,
    organizationId,
    `trustwatch-discover-${job.id ?? "manual"}`,
  );
  return { accounts };
}
