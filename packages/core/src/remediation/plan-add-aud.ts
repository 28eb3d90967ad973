import type { Inventory } from "../inventory/types";
import { STS_AUDIENCE } from "../rules/trust/no-aud";
import type { Finding } from "../rules/types";
import { buildPlan } from "./build-plan";
import { evidenceIndexes, findRoleTarget } from "./context";
import { prettyJson } from "./documents";
import {
  editCondition,
  setConditionKey,
  statementsOf,
  webIdentityAllowIndexes,
  withStatements,
} from "./trust-edit";
import type { PlanOptions, PlanResult } from "./types";

/** trust.no-aud: add `StringEquals <issuer>:aud = sts.amazonaws.com` (AND-ed, so it can only narrow). */
export function planAddAud(finding: Finding, inventory: Inventory, options: PlanOptions): PlanResult {
  const target = findRoleTarget(finding, inventory);
  if ("error" in target) return target;
  const allowed = webIdentityAllowIndexes(target.doc, target.providerArn);
  const named = evidenceIndexes(finding);
  const indexes = named ? allowed.filter((i) => named.includes(i)) : allowed;
  if (indexes.length === 0)
    return { error: "No statement of the trust policy matches the finding any more: re-scan first." };
  const audKey = `${target.issuer}:aud`;
  const statements = statementsOf(target.doc).map((st, i) =>
    indexes.includes(i)
      ? editCondition(st, (c) => setConditionKey(c, "StringEquals", audKey, [STS_AUDIENCE]))
      : st,
  );
  return buildPlan(
    {
      kind: "trust.add-aud",
      finding,
      summary: `Require audience ${STS_AUDIENCE} on ${target.role.name}`,
      targetArn: target.role.arn,
      accountId: target.role.accountId,
      resourceType: "role",
      before: prettyJson(target.doc),
      after: prettyJson(withStatements(target.doc, statements)),
      notes: [`Tokens minted for any other audience stop being accepted by ${target.role.name}.`],
    },
    inventory,
    options.now,
  );
}
