import type { Inventory, Provider, Role } from "../inventory/types";
import type { Finding } from "../rules/types";
import { decodeTrustDocument, type JsonObject } from "./documents";

/** What every role planner starts from: the role, its parsed document, and the trusted provider. */
export type RoleTarget = { role: Role; doc: JsonObject; providerArn: string; issuer: string };

export function evidenceString(finding: Finding, key: string): string | null {
  const v = finding.evidence[key];
  return typeof v === "string" && v !== "" ? v : null;
}

export function evidenceIndexes(finding: Finding): number[] | null {
  const many = finding.evidence.statementIndexes;
  if (Array.isArray(many)) return many.filter((x): x is number => typeof x === "number");
  const one = finding.evidence.statementIndex;
  return typeof one === "number" ? [one] : null;
}

export function findRoleTarget(finding: Finding, inventory: Inventory): RoleTarget | { error: string } {
  if (finding.resourceType !== "role") return { error: `${finding.ruleId} is not a finding on a role` };
  const role = inventory.roles.find((r) => r.arn === finding.resourceArn);
  if (!role) return { error: `Role ${finding.resourceArn} is not in the current inventory: re-scan first.` };
  const doc = decodeTrustDocument(role.trustPolicy);
  if (!doc) return { error: `The trust policy of ${role.name} does not parse.` };
  const providerArn = evidenceString(finding, "providerArn");
  const issuer = evidenceString(finding, "issuer");
  if (!providerArn || !issuer) return { error: "The finding names no OIDC provider." };
  return { role, doc, providerArn, issuer };
}

export function findProvider(finding: Finding, inventory: Inventory): Provider | { error: string } {
  if (finding.resourceType !== "provider")
    return { error: `${finding.ruleId} is not a finding on a provider` };
  const provider = inventory.providers.find((p) => p.arn === finding.resourceArn);
  return (
    provider ?? { error: `Provider ${finding.resourceArn} is not in the current inventory: re-scan first.` }
  );
}
