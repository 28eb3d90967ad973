import { type RequestContextInput, toRequestContext } from "./conditions/context";
import { evaluateConditions } from "./conditions/evaluate-clause";
import { type RequestPrincipal, statementCoversAction, statementCoversPrincipal } from "./match-statement";
import { isPolicyDocument, type PolicyDocument } from "./model";
import { parsePolicy } from "./parse";

export type AssumeRequest = {
  action: string; // "sts:AssumeRole" | "sts:AssumeRoleWithWebIdentity" | "sts:TagSession" | ...
  principal: { type: "AWS" | "Federated" | "Service"; id: string };
  context: Record<string, string | string[] | boolean | undefined>; // condition keys in any case
};

export type AssumeDecision = {
  allowed: boolean;
  decision: "allow" | "explicit-deny" | "implicit-deny" | "invalid-policy";
  statementIndexes: number[];
  error?: string;
};

/** Statements whose principal, action and conditions all apply to the request. */
export function matchingStatements(
  policy: PolicyDocument,
  principal: RequestPrincipal,
  action: string,
  context: RequestContextInput,
) {
  const ctx = toRequestContext(context);
  const variables = policy.version === "2012-10-17";
  return policy.statements.filter(
    (s) =>
      statementCoversPrincipal(s, principal) &&
      statementCoversAction(s, action) &&
      evaluateConditions(s.conditions, ctx, variables),
  );
}

/**
 * Decides a request against a role trust policy the way IAM does for the resource-policy half of
 * sts:AssumeRole*: statements are OR-ed, any matching Deny wins, otherwise a matching Allow
 * allows, otherwise the request is implicitly denied. `policy` may be IAM's stored text
 * (URL-encoded or not), a raw JSON object, or a parsed document.
 */
export function canAssume(policy: string | PolicyDocument, request: AssumeRequest): AssumeDecision {
  let doc: PolicyDocument;
  if (isPolicyDocument(policy)) doc = policy;
  else {
    const parsed = parsePolicy(policy, { kind: "trust" });
    if (!parsed.ok) {
      const where = parsed.error.path ? ` at ${parsed.error.path}` : "";
      return {
        allowed: false,
        decision: "invalid-policy",
        statementIndexes: [],
        error: `${parsed.error.message}${where}`,
      };
    }
    doc = parsed.policy;
  }
  const matches = matchingStatements(doc, request.principal, request.action, request.context);
  const denies = matches.filter((s) => s.effect === "Deny").map((s) => s.index);
  if (denies.length > 0) return { allowed: false, decision: "explicit-deny", statementIndexes: denies };
  const allows = matches.filter((s) => s.effect === "Allow").map((s) => s.index);
  if (allows.length > 0) return { allowed: true, decision: "allow", statementIndexes: allows };
  return { allowed: false, decision: "implicit-deny", statementIndexes: [] };
}
