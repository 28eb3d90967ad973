import { parsePrincipal } from "../arn/principal-arn";
import { statementCoversAction } from "../policy/match-statement";
import type { Statement } from "../policy/model";
import { SESSION_ACTIONS } from "./analyze-services";
import { summarize } from "./grant";
import { clausesOn } from "./keys";
import type { AwsPrincipalTrust } from "./types";
import { deriveValueSet } from "./value-set";

/** AWS principals (accounts, roles, users, `*`) that an Allow statement lets assume the role. */
export function analyzeAwsPrincipals(
  statements: readonly Statement[],
  variables: boolean,
): AwsPrincipalTrust[] {
  const out: AwsPrincipalTrust[] = [];
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i] as Statement;
    if (s.effect !== "Allow") continue;
    // Principals before actions: most statements of a trust document name no AWS principal.
    let principals: string[] = [];
    let except: string[] | undefined;
    if (s.principal?.kind === "any") principals = ["*"];
    else if (s.principal) principals = s.principal.aws;
    else if (s.notPrincipal) {
      principals = ["*"];
      except =
        s.notPrincipal.kind === "map"
          ? [...s.notPrincipal.aws, ...s.notPrincipal.federated, ...s.notPrincipal.service]
          : [];
    }
    if (principals.length === 0) continue;
    const actions = sessionActionsOf(s);
    if (actions.length === 0) continue;
    const externalId = deriveValueSet(clausesOn(s.conditions, "sts:externalid"), variables);
    for (const principal of principals) {
      const ref = principal === "*" ? null : parsePrincipal(principal);
      const kind: AwsPrincipalTrust["kind"] =
        ref === null
          ? "any"
          : ref.kind === "oidc-provider" || ref.kind === "saml-provider"
            ? "other"
            : ref.kind;
      const entry: AwsPrincipalTrust = {
        principal,
        kind,
        accountId: ref && "accountId" in ref ? ref.accountId : null,
        actions: [...actions],
        statementIndex: s.index,
        conditions: s.conditions.map(summarize),
        externalId,
      };
      if (except) entry.except = except;
      out.push(entry);
    }
  }
  return out;
}

/** The session actions the statement covers (none for the web-identity statements of IRSA). */
function sessionActionsOf(s: Statement): string[] {
  const out: string[] = [];
  for (let i = 0; i < SESSION_ACTIONS.length; i++) {
    const a = SESSION_ACTIONS[i] as string;
    if (statementCoversAction(s, a)) out.push(a);
  }
  return out;
}
