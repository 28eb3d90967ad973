import { parsePrincipal } from "../arn/principal-arn";
import { statementCoversAction } from "../policy/match-statement";
import type { Statement } from "../policy/model";
import { SESSION_ACTIONS } from "./analyze-services";
import { summarize } from "./grant";
import type { AwsPrincipalTrust } from "./types";
import { deriveValueSet } from "./value-set";

/** AWS principals (accounts, roles, users, `*`) that an Allow statement lets assume the role. */
export function analyzeAwsPrincipals(
  statements: readonly Statement[],
  variables: boolean,
): AwsPrincipalTrust[] {
  const out: AwsPrincipalTrust[] = [];
  for (const s of statements) {
    if (s.effect !== "Allow") continue;
    const actions = SESSION_ACTIONS.filter((a) => statementCoversAction(s, a));
    if (actions.length === 0) continue;
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
    const externalId = deriveValueSet(
      s.conditions.filter((c) => c.keyLower === "sts:externalid"),
      variables,
    );
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
