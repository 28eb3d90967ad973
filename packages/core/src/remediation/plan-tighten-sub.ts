import type { Inventory } from "../inventory/types";
import type { Finding } from "../rules/types";
import { buildPlan } from "./build-plan";
import { evidenceIndexes, findRoleTarget } from "./context";
import { prettyJson } from "./documents";
import { isWithin, targetGrants, toServiceAccountSubject } from "./suggest-service-accounts";
import {
  editCondition,
  removeConditionKey,
  setConditionKey,
  statementsOf,
  webIdentityAllowIndexes,
  withStatements,
} from "./trust-edit";
import type { PlanOptions, PlanResult } from "./types";

/**
 * trust.wildcard-sub / trust.no-sub / trust.namespace-wildcard-sub: replace the sub pattern (or
 * its absence) with `StringEquals` on the service accounts the user picked. Negated sub clauses
 * stay: they only ever narrow.
 */
export function planTightenSub(finding: Finding, inventory: Inventory, options: PlanOptions): PlanResult {
  const target = findRoleTarget(finding, inventory);
  if ("error" in target) return target;
  const picked = options.serviceAccounts ?? [];
  const invalid = picked.filter((s) => toServiceAccountSubject(s) === null);
  if (invalid.length > 0) return { error: `Not a service account (namespace:name): ${invalid.join(", ")}` };
  const subjects = [...new Set(picked.map((s) => toServiceAccountSubject(s) ?? ""))].sort();
  if (subjects.length === 0) return { error: "Pick at least one service account the role should trust." };
  const sets = targetGrants(finding, inventory).map((g) => g.sub);
  const outside = subjects.filter((s) => !isWithin(s, sets));
  if (outside.length > 0)
    return {
      error: `The current trust does not accept ${outside.join(", ")}: adding it would widen access.`,
    };

  const allowed = webIdentityAllowIndexes(target.doc, target.providerArn);
  const named = evidenceIndexes(finding);
  const indexes = named ? allowed.filter((i) => named.includes(i)) : allowed;
  if (indexes.length === 0)
    return { error: "No statement of the trust policy matches the finding any more: re-scan first." };
  const subKey = `${target.issuer}:sub`;
  const statements = statementsOf(target.doc).map((st, i) =>
    indexes.includes(i)
      ? editCondition(st, (c) => {
          removeConditionKey(c, subKey.toLowerCase());
          setConditionKey(c, "StringEquals", subKey, subjects);
        })
      : st,
  );
  return buildPlan(
    {
      kind: "trust.tighten-sub",
      finding,
      summary: `Let only ${subjects.join(", ")} assume ${target.role.name}`,
      targetArn: target.role.arn,
      accountId: target.role.accountId,
      resourceType: "role",
      before: prettyJson(target.doc),
      after: prettyJson(withStatements(target.doc, statements)),
      subjects,
      notes: ["Pods using any other service account lose access to this role once the change is applied."],
    },
    inventory,
    options.now,
  );
}
