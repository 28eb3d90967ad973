import type { Inventory } from "../inventory/types";
import type { Finding } from "../rules/types";
import { buildPlan } from "./build-plan";
import { findRoleTarget } from "./context";
import { type JsonObject, prettyJson } from "./documents";
import { removeFederated, statementsOf, withStatements } from "./trust-edit";
import type { PlanOptions, PlanResult } from "./types";

// IAM rejects a trust policy without statements; a role that trusted only the vanished provider
// keeps this one, which makes it unassumable (until someone decides to delete it).
const NO_TRUST: JsonObject = {
  Sid: "TrustwatchNoTrust",
  Effect: "Deny",
  Principal: { AWS: "*" },
  Action: "sts:AssumeRole",
};

/**
 * trust.dangling-provider: drop the vanished provider from every statement (and statements left
 * without a principal), so whoever recreates a provider with that URL does not inherit the trust.
 */
export function planRemoveDanglingProvider(
  finding: Finding,
  inventory: Inventory,
  options: PlanOptions,
): PlanResult {
  const target = findRoleTarget(finding, inventory);
  if ("error" in target) return target;
  const kept = statementsOf(target.doc)
    .map((st) => removeFederated(st, target.providerArn))
    .filter((st): st is JsonObject => st !== null);
  const notes = [
    `Removes the trust in ${target.providerArn}, which does not exist in account ${target.role.accountId}.`,
  ];
  if (kept.length === 0)
    notes.push(
      "It was the role's only trust: IAM needs one statement, so an explicit Deny remains and nobody can assume the role.",
    );
  return buildPlan(
    {
      kind: "trust.remove-dangling-provider",
      finding,
      summary: `Remove ${target.role.name}'s trust in the missing provider ${target.issuer}`,
      targetArn: target.role.arn,
      accountId: target.role.accountId,
      resourceType: "role",
      before: prettyJson(target.doc),
      after: prettyJson(withStatements(target.doc, kept.length > 0 ? kept : [NO_TRUST])),
      notes,
    },
    inventory,
    options.now,
  );
}
