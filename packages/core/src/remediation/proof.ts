import type { Inventory } from "../inventory/types";
import { evaluate } from "../rules/evaluate";
import { InventoryIndex } from "../rules/inventory-index";
import { getRule } from "../rules/registry";
import type { Finding } from "../rules/types";
import { analyzeTrust } from "../trust/analyze";
import { describeAudienceSet, describeSubjectSet } from "../trust/describe";
import { isSubjectSetSubset, isTrustSubset } from "../trust/subject-set";
import type { ProviderTrust } from "../trust/types";

export type WidenProof = { neverWidens: boolean; detail: string[] };

const subjects = (p: ProviderTrust | undefined) =>
  p
    ? describeSubjectSet(p.sub, { kubernetes: p.isEks, issuerName: p.issuer ?? p.providerArn }).join("; ")
    : "nobody";

/**
 * A trust policy change never widens access when everyone the new document accepts was accepted
 * by the old one: `isTrustSubset(after, before)` over every provider, service and AWS principal.
 * It is sound but not complete, so "false" may mean "could not prove" — and the change is refused.
 */
export function proveTrustChange(before: string, after: string): WidenProof {
  const a = analyzeTrust(before);
  const b = analyzeTrust(after);
  if (b.policyError)
    return { neverWidens: false, detail: [`The new document does not parse: ${b.policyError.message}`] };
  const detail: string[] = [];
  for (const p of a.providers) {
    const q = b.providers.find((x) => x.providerArn === p.providerArn);
    const isSubset = q ? isSubjectSetSubset(q.sub, p.sub) : true;
    detail.push(
      `${p.issuer ?? p.providerArn}: subjects ${subjects(p)} → ${subjects(q)} (${isSubset ? "subset" : "NOT provably a subset"})`,
    );
    if (q)
      detail.push(
        `${p.issuer ?? p.providerArn}: audiences ${describeAudienceSet(p.aud)} → ${describeAudienceSet(q.aud)}`,
      );
  }
  for (const q of b.providers)
    if (!a.providers.some((p) => p.providerArn === q.providerArn))
      detail.push(`${q.issuer ?? q.providerArn}: newly trusted (${subjects(q)})`);
  const neverWidens = isTrustSubset(b, a);
  detail.push(
    neverWidens
      ? "Every principal and token the new trust policy accepts was accepted before (isTrustSubset)."
      : "Could not prove that the new trust policy accepts only what the old one did.",
  );
  return { neverWidens, detail };
}

/**
 * Provider changes leave every trust policy as it is: the subjects each role accepts are the same
 * before and after (checked per role trusting the provider with the same evaluator).
 */
export function proveProviderChange(before: Inventory, after: Inventory, providerArn: string): WidenProof {
  const idxBefore = new InventoryIndex(before);
  const idxAfter = new InventoryIndex(after);
  const detail: string[] = [];
  let neverWidens = true;
  for (const role of before.roles) {
    const t = idxBefore.trustOf(role);
    const p = t.providers.find((x) => x.providerArn === providerArn);
    if (!p) continue;
    const changed = after.roles.find((r) => r.arn === role.arn);
    const isSubset = changed ? isTrustSubset(idxAfter.trustOf(changed), t) : true;
    neverWidens &&= isSubset;
    detail.push(`${role.name}: accepts ${subjects(p)} — unchanged${isSubset ? "" : " (NOT provably)"}`);
  }
  detail.push(
    neverWidens
      ? "No trust policy changes: every role accepts exactly the subjects it accepted before."
      : "A trust policy would change: refused.",
  );
  return { neverWidens, detail };
}

/** Re-runs the finding's rule on the changed inventory: resolved when its fingerprint is gone. */
export function checkResolves(
  finding: Pick<Finding, "ruleId" | "fingerprint">,
  after: Inventory,
  now: Date,
): boolean {
  const rule = getRule(finding.ruleId);
  if (!rule) return false;
  return !evaluate(after, { now, rules: [rule] }).some((f) => f.fingerprint === finding.fingerprint);
}
