import { readFile } from "node:fs/promises";
import {
  checkTrustPolicy,
  describeAudienceSet,
  describeSubjectSet,
  type Finding,
  getRule,
  isAtLeast,
  issuerOfFederated,
  type TrustAnalysis,
} from "@trustwatch/core";
import type { Command } from "commander";

export type AnalyzeTrustIo = {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Promise<string>;
};

const defaultIo: AnalyzeTrustIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: (path) => readFile(path, "utf8"),
};

// Exit codes: 0 clean (or only medium and below), 1 a critical/high finding, 2 parse/usage error.
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

function whoCanAssume(a: TrustAnalysis): string[] {
  const lines: string[] = [];
  for (const p of a.providers) {
    const name = p.multiTenant ? `${p.multiTenant.name} (${p.issuer})` : (p.issuer ?? p.providerArn);
    lines.push(`  ${name}${p.isEks ? " [EKS]" : ""}`);
    for (const g of p.grants) {
      const subjects = describeSubjectSet(g.sub, { kubernetes: p.isEks }).join("; ");
      const extra = g.otherConditions.length
        ? ` — also ${g.otherConditions.map((c) => `${c.operator} ${c.key}`).join(", ")}`
        : "";
      lines.push(
        `    statement ${g.statementIndex}: ${subjects} — audience ${describeAudienceSet(g.aud)}${extra}`,
      );
    }
    for (const d of p.denies)
      lines.push(
        `    statement ${d.statementIndex} (Deny): ${describeSubjectSet(d.sub, { kubernetes: p.isEks }).join("; ")}`,
      );
    lines.push(
      `    overall: ${describeSubjectSet(p.sub, { kubernetes: p.isEks }).join("; ")} — audience ${describeAudienceSet(p.aud)}`,
    );
  }
  for (const s of a.services) {
    const conds = s.conditions.length
      ? s.conditions.map((c) => `${c.operator} ${c.key}=${c.values.join("|")}`).join(", ")
      : "no conditions";
    lines.push(
      `  service ${s.service} (${s.actions.join(", ")}), statements ${s.statementIndexes.join(", ")}: ${conds}`,
    );
  }
  for (const p of a.awsPrincipals) {
    const ext =
      p.externalId.kind === "any"
        ? "no sts:ExternalId required"
        : `sts:ExternalId ${describeSubjectSet(p.externalId).join("; ")}`;
    lines.push(
      `  AWS ${p.principal}${p.except ? ` except ${p.except.join(", ")}` : ""} (${p.actions.join(", ")}), statement ${p.statementIndex}: ${ext}`,
    );
  }
  if (a.wildcardWebIdentityStatements.length)
    lines.push(
      `  any web identity (Principal "*"), statements ${a.wildcardWebIdentityStatements.join(", ")}`,
    );
  return lines.length ? lines : ["  nobody"];
}

function formatFinding(f: Finding): string[] {
  const rule = getRule(f.ruleId);
  return [
    `  [${f.severity.toUpperCase()}] ${f.ruleId}: ${f.title}`,
    ...(rule ? [`      why: ${rule.rationale}`, `      fix: ${rule.remediationHint}`] : []),
  ];
}

export function registerAnalyzeTrust(program: Command, io: AnalyzeTrustIo = defaultIo): void {
  program
    .command("analyze-trust")
    .description("Analyze an IAM role trust policy file: who can assume it, and the trust findings")
    .argument("<file>", "trust policy JSON (plain or URL-encoded, as IAM returns it)")
    .option("--provider-arn <arn>", "OIDC provider ARN the policy is meant for")
    .option("--json", "machine-readable output")
    .action(async (file: string, options: { providerArn?: string; json?: boolean }) => {
      if (options.providerArn !== undefined && issuerOfFederated(options.providerArn) === null) {
        io.stderr(
          `error: --provider-arn must be an IAM OIDC provider ARN (arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH)\n`,
        );
        process.exitCode = EXIT_USAGE;
        return;
      }
      let text: string;
      try {
        text = await io.readFile(file);
      } catch (e) {
        io.stderr(`error: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const report = checkTrustPolicy(text, options.providerArn ? { providerArn: options.providerArn } : {});
      if (!report.ok) {
        if (options.json) io.stdout(`${JSON.stringify({ ok: false, error: report.error }, null, 2)}\n`);
        io.stderr(
          `error: invalid trust policy${report.error.path ? ` at ${report.error.path}` : ""}: ${report.error.message}\n`,
        );
        process.exitCode = EXIT_USAGE;
        return;
      }
      const { analysis, findings } = report;
      const serious = findings.some((f) => isAtLeast(f.severity, "high"));
      if (options.json) {
        io.stdout(`${JSON.stringify({ ok: true, analysis, findings }, null, 2)}\n`);
      } else {
        const lines = [`Trust policy ${file}`, "", "Who can assume:", ...whoCanAssume(analysis)];
        if (analysis.warnings.length)
          lines.push(
            "",
            "Warnings:",
            ...analysis.warnings.map((w) => `  ${w.path || "(document)"}: ${w.message}`),
          );
        lines.push(
          "",
          findings.length ? `Findings (${findings.length}):` : "Findings: none",
          ...findings.flatMap(formatFinding),
        );
        io.stdout(`${lines.join("\n")}\n`);
      }
      process.exitCode = serious ? EXIT_FINDINGS : 0;
    });
}
