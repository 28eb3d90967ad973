import type { Exception } from "../exceptions/apply";
import { applyExceptions } from "../exceptions/apply";
import { computeFingerprint } from "../hash/fingerprint";
import type { Inventory } from "../inventory/types";
import type { TrustContext } from "../trust/types";
import { InventoryIndex } from "./inventory-index";
import { listRules } from "./registry";
import { raiseSeverity, SEVERITY_RANK } from "./severity";
import type { Finding, Rule, RuleContext, RuleFinding } from "./types";

export type EvaluateOptions = {
  now: Date;
  previous?: Inventory;
  exceptions?: Exception[];
  /** Subset of the catalogue to run (default: all). */
  rules?: readonly Rule[];
  /** Extra provider ARNs every trust analysis considers (lone-policy checks). */
  trustContext?: TrustContext;
};

export function finalizeFinding(rule: Rule, rf: RuleFinding, index: InventoryIndex | null): Finding {
  let severity = rf.severity;
  // Rules build a fresh evidence object per finding, so it is handed over as is; only an
  // escalation copies it, to leave the rule's object untouched.
  let evidence = rf.evidence;
  if (rf.escalateForRoleArn && index) {
    const admin = index.adminLikeOf(rf.escalateForRoleArn);
    if (admin.adminLike) {
      evidence = { ...evidence, baseSeverity: severity, adminLike: admin.reasons };
      severity = raiseSeverity(severity);
    }
  }
  return {
    ruleId: rule.id,
    severity,
    fingerprint: computeFingerprint(rule.id, rf.resourceArn, rf.fingerprintDetail),
    resourceType: rf.resourceType,
    resourceArn: rf.resourceArn,
    accountId: rf.accountId,
    title: rf.title,
    evidence,
  };
}

/**
 * Runs the rule catalogue over an org-wide inventory. Pure: `now` is passed in. Findings are
 * ordered by severity, then rule, then resource, so output is deterministic.
 */
export function evaluate(inventory: Inventory, options: EvaluateOptions): Finding[] {
  const index = new InventoryIndex(inventory, options.trustContext);
  const ctx: RuleContext = {
    inventory,
    index,
    now: options.now,
    ...(options.previous ? { previous: options.previous } : {}),
  };
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of options.rules ?? listRules()) {
    for (const rf of rule.evaluate(ctx)) {
      const f = finalizeFinding(rule, rf, index);
      // One finding per fingerprint: the same problem reported twice would reconcile badly.
      if (seen.has(f.fingerprint)) continue;
      seen.add(f.fingerprint);
      findings.push(f);
    }
  }
  findings.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.resourceArn < b.resourceArn ? -1 : a.resourceArn > b.resourceArn ? 1 : 0),
  );
  return applyExceptions(findings, options.exceptions ?? [], options.now);
}
