import { listFindings } from "@trustwatch/db";
import type { Command } from "commander";
import { z } from "zod";
import { out, requireOrganization, withDb } from "../lib/context";
import { toCsv } from "../lib/csv";

const ZOptions = z.object({
  org: z.string(),
  format: z.enum(["json", "csv", "table"]).default("table"),
  status: z.enum(["open", "suppressed", "resolved", "all"]).default("open"),
  severity: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",") : undefined))
    .pipe(z.array(z.enum(["critical", "high", "medium", "low", "info"])).optional()),
  rule: z.string().optional(),
});

const COLUMNS = [
  "severity",
  "ruleId",
  "status",
  "accountId",
  "resourceArn",
  "title",
  "firstSeenAt",
  "lastSeenAt",
  "fingerprint",
] as const;

export function registerFindings(program: Command): void {
  program
    .command("findings")
    .description("Export findings")
    .requiredOption("--org <org>", "organization slug or id")
    .option("--format <format>", "json | csv | table", "table")
    .option("--status <status>", "open | suppressed | resolved | all", "open")
    .option("--severity <list>", "comma-separated severities")
    .option("--rule <id>", "only this rule id")
    .action(async (raw: Record<string, string>) => {
      const parsed = ZOptions.safeParse(raw);
      if (!parsed.success)
        throw new Error(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; "));
      const o = parsed.data;
      const findings = await withDb(async (db) => {
        const org = await requireOrganization(db, o.org);
        const all = [];
        let cursor: string | null = null;
        do {
          const page = await listFindings(db, org.id, {
            filter: {
              status: o.status === "all" ? undefined : [o.status],
              severity: o.severity,
              ruleId: o.rule ? [o.rule] : undefined,
            },
            cursor,
            limit: 500,
          });
          all.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        return all;
      });
      if (o.format === "json") return out(JSON.stringify(findings, null, 2));
      if (o.format === "csv") {
        return out(
          toCsv(
            COLUMNS,
            findings.map((f) =>
              COLUMNS.map((c) => (f[c] instanceof Date ? (f[c] as Date).toISOString() : String(f[c] ?? ""))),
            ),
          ),
        );
      }
      for (const f of findings) out(`${f.severity.padEnd(8)} ${f.ruleId.padEnd(34)} ${f.resourceArn}`);
      process.stderr.write(`${findings.length} finding(s)\n`);
    });
}
