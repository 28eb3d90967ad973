import { awsPrincipalMatches } from "../arn/principal-match";
import { globMatch } from "../util/glob";
import type { PrincipalSpec, Statement } from "./model";

export type PrincipalType = "AWS" | "Federated" | "Service";
export type RequestPrincipal = { type: PrincipalType; id: string };

/**
 * IAM JSON policy elements: Principal. `"*"` and `{"AWS": "*"}` are documented as equivalent
 * (everyone). Federated and Service principals match by exact identifier.
 */
export function principalMatches(spec: PrincipalSpec, principal: RequestPrincipal): boolean {
  if (spec.kind === "any") return true;
  if (spec.aws.includes("*")) return true;
  switch (principal.type) {
    case "AWS":
      return spec.aws.some((p) => awsPrincipalMatches(p, principal.id));
    case "Federated":
      return spec.federated.includes(principal.id);
    case "Service":
      return spec.service.includes(principal.id);
    default:
      return false;
  }
}

/** Action names are case-insensitive and take `*`/`?` wildcards. */
export function actionMatches(patterns: readonly string[], action: string): boolean {
  // A loop, not `some`: trust analysis tests several actions against every statement.
  for (let i = 0; i < patterns.length; i++) if (globMatch(patterns[i] as string, action, true)) return true;
  return false;
}

export function statementCoversPrincipal(s: Statement, principal: RequestPrincipal): boolean {
  if (s.principal) return principalMatches(s.principal, principal);
  // NotPrincipal: every principal except those listed.
  if (s.notPrincipal) return !principalMatches(s.notPrincipal, principal);
  return false;
}

export function statementCoversAction(s: Statement, action: string): boolean {
  if (s.actions) return actionMatches(s.actions, action);
  if (s.notActions) return !actionMatches(s.notActions, action);
  return false;
}
