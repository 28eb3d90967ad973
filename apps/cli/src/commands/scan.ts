import { createScan, getScanProgress, ScanConflictError } from "@trustwatch/db";
import { enqueueScan } from "@trustwatch/jobs";
import type { Command } from "commander";
import { err, out, requireOrganization, withQueues } from "../lib/context";

const FINISHED = new Set(["succeeded", "partial", "failed", "cancelled"]);
/** Exit codes a pipeline can branch on: partial results are not a clean pass. */
const EXIT: Record<string, number> = { succeeded: 0, partial: 3, failed: 1, cancelled: 1 };

export function registerScan(program: Command): void {
  program
    .command("scan")
    .description("Start a scan of an organization; with --wait, show progress and exit non-zero on failure")
    .requiredOption("--org <org>", "organization slug or id")
    .option("--wait", "wait for the scan to finish")
    .option("--timeout <seconds>", "give up waiting after this long", "3600")
    .option("--json", "print the summary as JSON")
    .action(async (o: { org: string; wait?: boolean; timeout: string; json?: boolean }) => {
      await withQueues(async (db, queues) => {
        const org = await requireOrganization(db, o.org);
        let scan: Awaited<ReturnType<typeof createScan>>;
        try {
          scan = await createScan(db, org.id, { trigger: "api" });
        } catch (error) {
          if (error instanceof ScanConflictError)
            throw new Error(`${error.message}; wait for it or cancel it`);
          throw error;
        }
        await enqueueScan(queues, { organizationId: org.id, scanId: scan.id });
        err(`scan ${scan.id} queued for ${org.name}`);
        if (!o.wait) return out(scan.id);

        const deadline = Date.now() + Number(o.timeout) * 1000;
        let last = "";
        for (;;) {
          const progress = await getScanProgress(db, org.id, scan.id);
          if (!progress) throw new Error("scan disappeared");
          const line = describeProgress(progress);
          if (line !== last) err(line);
          last = line;
          if (FINISHED.has(progress.status)) {
            const summary = {
              scanId: progress.id,
              status: progress.status,
              accounts: progress.accountsTotal,
              accountsFailed: progress.accountsFailed,
              durationSeconds:
                progress.startedAt && progress.finishedAt
                  ? (progress.finishedAt.getTime() - progress.startedAt.getTime()) / 1000
                  : null,
              ...((progress.summary as object | null) ?? {}),
              failures: progress.accountResults
                .filter((r) => r.status === "failed")
                .map((r) => ({ accountId: r.awsAccount.accountId, error: r.error })),
            };
            out(o.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
            process.exitCode = EXIT[progress.status] ?? 1;
            return;
          }
          if (Date.now() > deadline)
            throw new Error(`scan ${scan.id} still ${progress.status} after ${o.timeout}s`);
          await new Promise((r) => setTimeout(r, 1000));
        }
      });
    });
}

type Progress = NonNullable<Awaited<ReturnType<typeof getScanProgress>>>;

function describeProgress(p: Progress): string {
  const running = p.accountResults
    .filter((r) => r.status === "running")
    .map((r) => `${r.awsAccount.name}: ${r.phase ?? ""} ${r.progress}%`);
  return `[${p.status} · ${p.phase}] ${p.accountsDone}/${p.accountsTotal} accounts done${p.accountsFailed ? `, ${p.accountsFailed} failed` : ""}${running.length ? ` — ${running.slice(0, 3).join("; ")}` : ""}`;
}

function formatSummary(
  s: Record<string, unknown> & { failures: { accountId: string; error: string | null }[] },
): string {
  const lines = [
    `status: ${s.status}`,
    `accounts: ${s.accounts} (${s.accountsFailed} failed)`,
    `findings: ${s.newCount ?? 0} new, ${s.openCount ?? 0} open, ${s.resolvedCount ?? 0} resolved`,
  ];
  for (const f of s.failures) lines.push(`failed ${f.accountId}: ${f.error}`);
  return lines.join("\n");
}
