import { SEVERITY_ORDER } from "./severity";
import type { Finding, Severity } from "./types";

/**
 * The findings of an evaluation (in the order the rules produced them), one per fingerprint (the
 * first: the same problem reported twice would reconcile badly), ordered by severity (highest
 * first), then rule id, then resource ARN; findings equal on all three keep their order.
 *
 * Same result as dropping repeated fingerprints with a set and then one stable sort on the three
 * keys, but cheaper for tens of thousands of findings: each rule's findings are sorted by ARN
 * alone, which also brings repeats together (a fingerprint hashes rule, ARN and detail, so
 * repeats share a rule and an ARN), and are then dealt into their severity.
 */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const byRule = new Map<string, Finding[]>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    const group = byRule.get(f.ruleId);
    if (group) group.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const bySeverity = new Map<Severity, Finding[]>();
  for (const ruleId of [...byRule.keys()].sort()) {
    const group = (byRule.get(ruleId) as Finding[]).sort(byResourceArn);
    for (let i = 0; i < group.length; i++) {
      const f = group[i] as Finding;
      if (repeated(group, i)) continue;
      const ordered = bySeverity.get(f.severity);
      if (ordered) ordered.push(f);
      else bySeverity.set(f.severity, [f]);
    }
  }
  const out: Finding[] = [];
  for (let s = SEVERITY_ORDER.length - 1; s >= 0; s--) {
    const severity = SEVERITY_ORDER[s] as Severity;
    const ordered = bySeverity.get(severity);
    if (!ordered) continue;
    bySeverity.delete(severity);
    for (let i = 0; i < ordered.length; i++) out.push(ordered[i] as Finding);
  }
  // Defensive: a severity outside the scale (not produced by any rule) still keeps its findings.
  for (const ordered of bySeverity.values()) for (const f of ordered) out.push(f);
  return out;
}

/** Does an earlier finding of the same ARN (sorted just before it) have its fingerprint? */
function repeated(sorted: readonly Finding[], i: number): boolean {
  const f = sorted[i] as Finding;
  for (let j = i - 1; j >= 0; j--) {
    const g = sorted[j] as Finding;
    if (g.resourceArn !== f.resourceArn) return false;
    if (g.fingerprint === f.fingerprint) return true;
  }
  return false;
}

function byResourceArn(a: Finding, b: Finding): number {
  return a.resourceArn < b.resourceArn ? -1 : a.resourceArn > b.resourceArn ? 1 : 0;
}
