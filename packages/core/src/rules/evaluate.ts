import type { Exception } from "../exceptions/apply";
import { applyExceptions } from "../exceptions/apply";
import { computeFingerprint } from "../hash/fingerprint";
import type { Inventory } from "../inventory/types";
import type { TrustContext } from "../trust/types";
import { InventoryIndex } from "./inventory-index";
import { orderFindings } from "./order-findings";
import { listRules } from "./registry";
import { raiseSeverity } from "./severity";
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
  // Hashed first: that reads the resource ARN, which for a role finding is also the escalation
  // key looked up next, so the lookup finds it in cache.
  const fingerprint = computeFingerprint(rule.id, rf.resourceArn, rf.fingerprintDetail);
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
    fingerprint,
    resourceType: rf.resourceType,
    resourceArn: rf.resourceArn,
    accountId: rf.accountId,
    title: rf.title,
    evidence,
  };
}

/**
 * Runs the rule catalogue over an org-wide inventory. Pure: `now` is passed in. Findings are
 * ordered by severity, then rule, then resource, so output is deterministic, and a problem found
 * twice (same fingerprint) is reported once.
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
  for (const rule of options.rules ?? listRules()) {
    const rfs = rule.evaluate(ctx);
    // An index loop: it runs once over every finding, mostly before V8 optimises it, and a for-of
    // there allocates an iterator result per step.
    for (let i = 0; i < rfs.length; i++) findings.push(finalizeFinding(rule, rfs[i] as RuleFinding, index));
  }
  // Also keeps one finding per fingerprint.
  return applyExceptions(orderFindings(findings), options.exceptions ?? [], options.now);
}
