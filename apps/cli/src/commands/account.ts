import { listAwsAccounts, setOrganizationDiscovery, upsertAwsAccount } from "@trustwatch/db";
import { enqueueAccountDiscovery } from "@trustwatch/jobs";
import { QueueEvents } from "bullmq";
import type { Command } from "commander";
import { z } from "zod";
import { err, out, requireOrganization, withDb, withQueues } from "../lib/context";

const ZAccountAdd = z.object({
  org: z.string().min(1),
  accountId: z.string().regex(/^\d{12}$/, "--account-id must be 12 digits"),
  auditRoleArn: z
    .string()
    .regex(
      /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]+$/,
      "--audit-role-arn must be an IAM role ARN",
    ),
  remediationRoleArn: z
    .string()
    .regex(
      /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]+$/,
      "--remediation-role-arn must be an IAM role ARN",
    )
    .optional(),
  regions: z
    .string()
    .transform((s) =>
      s
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, "--regions must list AWS regions like us-east-1"),
        )
        .min(1),
    ),
  name: z.string().optional(),
  externalId: z.string().min(2).max(1224).optional(),
});

export function registerAccount(program: Command): void {
  const account = program.command("account").description("AWS accounts of an organization");
  account
    .command("add")
    .description("Register an AWS account (re-running updates it)")
    .requiredOption("--org <org>", "organization slug or id")
    .requiredOption("--account-id <id>", "12-digit AWS account id")
    .requiredOption("--audit-role-arn <arn>", "read-only role Trustwatch assumes")
    .requiredOption("--regions <list>", "comma-separated regions to scan, e.g. us-east-1,eu-west-1")
    .option("--remediation-role-arn <arn>", "role used for approved fixes")
    .option("--name <name>", "display name (default: the account id)")
    .option("--external-id <id>", "ExternalId override (default: the organization's)")
    .action(async (raw: Record<string, string>) => {
      const parsed = ZAccountAdd.safeParse(raw);
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "invalid arguments");
      const o = parsed.data;
      const saved = await withDb(async (db) => {
        const org = await requireOrganization(db, o.org);
        return upsertAwsAccount(db, org.id, {
          accountId: o.accountId,
          name: o.name ?? o.accountId,
          auditRoleArn: o.auditRoleArn,
          remediationRoleArn: o.remediationRoleArn ?? null,
          externalId: o.externalId ?? null,
          regions: o.regions,
        });
      });
      out(`${saved.accountId}\t${saved.id}\t${saved.regions.join(",")}`);
    });
  account
    .command("list")
    .requiredOption("--org <org>", "organization slug or id")
    .option("--json", "print JSON")
    .action(async (o: { org: string; json?: boolean }) => {
      const accounts = await withDb(async (db) =>
        listAwsAccounts(db, (await requireOrganization(db, o.org)).id),
      );
      if (o.json) return out(JSON.stringify(accounts));
      for (const a of accounts)
        out(
          `${a.accountId}\t${a.name}\t${a.status}\t${a.regions.join(",")}${a.lastError ? `\t${a.lastError}` : ""}`,
        );
    });
  account
    .command("discover")
    .description(
      "List member accounts through AWS Organizations (a worker assumes the management role) and register them",
    )
    .requiredOption("--org <org>", "organization slug or id")
    .option(
      "--management-role-arn <arn>",
      "role in the management account (stored; enables discovery on every scan)",
    )
    .option("--timeout <seconds>", "how long to wait for a worker", "120")
    .action(async (o: { org: string; managementRoleArn?: string; timeout: string }) => {
      await withQueues(async (db, queues, redisUrl) => {
        const org = await requireOrganization(db, o.org);
        if (o.managementRoleArn) await setOrganizationDiscovery(db, org.id, o.managementRoleArn);
        else if (!org.managementRoleArn) throw new Error("no management role: pass --management-role-arn");
        const events = new QueueEvents(queues.scan.name, {
          connection: { url: redisUrl },
          prefix: queues.scan.opts.prefix,
        });
        try {
          const job = await enqueueAccountDiscovery(queues, { organizationId: org.id });
          err("waiting for a worker to list the organization's accounts…");
          const result = (await job.waitUntilFinished(events, Number(o.timeout) * 1000)) as {
            accounts: { accountId: string; name: string; status: string }[];
          };
          for (const a of result.accounts) out(`${a.accountId}\t${a.name}\t${a.status}`);
          err(`${result.accounts.length} account(s) in the organization; new active ones are registered`);
        } finally {
          await events.close();
        }
      });
    });
}
