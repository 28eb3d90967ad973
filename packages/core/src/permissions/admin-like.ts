import { parseArn } from "../arn/parse-arn";
import type { Role } from "../inventory/types";
import { actionMatches } from "../policy/match-statement";
import type { Statement } from "../policy/model";
import { parsePolicy } from "../policy/parse";

// AWS managed policies that amount to administrator or privilege-escalation rights.
const ADMIN_MANAGED = new Set(["AdministratorAccess", "IAMFullAccess", "PowerUserAccess"]);
// IAM writes that let a principal grant itself more (privilege escalation paths).
const ESCALATION_ACTIONS = [
  "iam:CreateRole",
  "iam:AttachRolePolicy",
  "iam:PutRolePolicy",
  "iam:UpdateAssumeRolePolicy",
];

export type AdminLike = { adminLike: boolean; reasons: string[] };

function coversAction(s: Statement, action: string): boolean {
  if (s.actions) return actionMatches(s.actions, action);
  if (s.notActions) return !actionMatches(s.notActions, action);
  return false;
}

function coversAllResources(s: Statement): boolean {
  if (s.resources) return s.resources.some((r) => r === "*");
  // NotResource with Allow covers everything but the listed resources: treat as broad.
  return s.notResources !== null;
}

// Every reason below needs an Allow with a NotAction, the action "*", or an IAM action: the
// parser accepts only "*" or "service:name" actions, with no wildcard in the service part, so
// any action covering an IAM action spells "iam:" (case-insensitively). A document whose text
// has none of these cannot be admin-like and is not parsed. URL-encoded text ("%") or JSON
// escapes ("\") could hide them, so those are always parsed.
const MAY_ESCALATE = /[%\\]|"\*"|iam:|notaction/i;

function documentReasons(document: string, name: string): string[] {
  if (!MAY_ESCALATE.test(document)) return [];
  const parsed = parsePolicy(document, { kind: "identity" });
  if (!parsed.ok) return [];
  const reasons: string[] = [];
  for (const s of parsed.policy.statements) {
    if (s.effect !== "Allow") continue;
    // Conditions are ignored on purpose: escalation must not be talked down by a condition we
    // cannot evaluate without a request.
    if (coversAllResources(s) && s.actions?.some((a) => a === "*")) reasons.push(`${name}: Allow * on *`);
    else if (s.notActions && coversAllResources(s)) reasons.push(`${name}: Allow NotAction on *`);
    // The literal action "iam:*" is covered only by "*", "iam:*", "i*"… or a NotAction: all of IAM.
    else if (coversAction(s, "iam:*")) reasons.push(`${name}: iam:*`);
    else if (coversAction(s, "iam:PassRole") && coversAllResources(s))
      reasons.push(`${name}: iam:PassRole on *`);
    else {
      const hit = ESCALATION_ACTIONS.find((a) => coversAction(s, a));
      if (hit) reasons.push(`${name}: ${hit}`);
    }
  }
  return reasons;
}

/** Admin-like permissions raise the severity of trust findings on the role by one step. */
export function assessAdminLike(role: Pick<Role, "attachedPolicies" | "inlinePolicies">): AdminLike {
  const reasons: string[] = [];
  for (const p of role.attachedPolicies) {
    const arn = parseArn(p.arn);
    if (arn && arn.accountId === "aws" && ADMIN_MANAGED.has(arn.resource.replace(/^policy\/(.*\/)?/, ""))) {
      reasons.push(`managed policy ${p.name || p.arn}`);
    } else if (p.document) reasons.push(...documentReasons(p.document, p.name || p.arn));
  }
  for (const p of role.inlinePolicies) reasons.push(...documentReasons(p.document, p.name));
  return { adminLike: reasons.length > 0, reasons };
}
