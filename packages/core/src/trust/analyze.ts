import { accountIdOfArn } from "../arn/parse-arn";
import { isEksIssuer } from "../issuers/eks";
import { findMultiTenantIssuer } from "../issuers/multi-tenant";
import { issuerFromProviderArn, issuerOfFederated } from "../issuers/normalize";
import { statementCoversAction, statementCoversPrincipal } from "../policy/match-statement";
import { isPolicyDocument, type PolicyDocument, type Statement } from "../policy/model";
import { parsePolicy } from "../policy/parse";
import { trimmed } from "../util/trimmed";
import { analyzeAwsPrincipals } from "./analyze-aws";
import { analyzeServices } from "./analyze-services";
import { buildGrant } from "./grant";
import type { Grant, ProviderTrust, SubjectSet, TrustAnalysis, TrustContext } from "./types";
import { fromAudienceSet, toAudienceSet, unionValueSets } from "./value-set";

export const WEB_IDENTITY_ACTION = "sts:AssumeRoleWithWebIdentity";

/**
 * Who can assume a role, from its trust policy: per OIDC provider the tokens (sub, aud) accepted,
 * per service principal the actions and conditions (Pod Identity session tags), per AWS principal
 * the conditions (sts:ExternalId). Never throws; an unparsable policy yields `policyError`.
 */
export function analyzeTrust(policy: unknown, context: TrustContext = {}): TrustAnalysis {
  let doc: PolicyDocument;
  if (isPolicyDocument(policy)) doc = policy;
  else {
    const parsed = parsePolicy(policy, { kind: "trust" });
    if (!parsed.ok) {
      return {
        policyError: parsed.error,
        warnings: [],
        providers: [],
        services: [],
        awsPrincipals: [],
        wildcardWebIdentityStatements: [],
      };
    }
    doc = parsed.policy;
  }
  const statements = doc.statements;
  const variables = doc.version === "2012-10-17";
  const candidates = new Set<string>(context.providerArns ?? []);
  for (let i = 0; i < statements.length; i++) {
    const p = (statements[i] as Statement).principal;
    if (p?.kind === "map")
      for (let j = 0; j < p.federated.length; j++) candidates.add(p.federated[j] as string);
  }
  const providers: ProviderTrust[] = [];
  for (const arn of candidates) {
    const p = analyzeProvider(statements, arn, variables);
    if (p) providers.push(p);
  }
  return {
    policyError: null,
    warnings: doc.warnings,
    providers: trimmed(providers),
    services: analyzeServices(statements, variables),
    awsPrincipals: analyzeAwsPrincipals(statements, variables),
    wildcardWebIdentityStatements: wildcardWebIdentityStatements(statements),
  };
}

// analyzeTrust runs for every distinct trust document of a scan, mostly before V8 has optimised
// it: its helpers use plain loops rather than chains of callbacks, which also keeps the optimised
// code (and its recompilation when a new document shape deoptimises it) small.

/** Allow statements whose principal is "*" (or NotPrincipal) and that cover web identity. */
function wildcardWebIdentityStatements(statements: readonly Statement[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i] as Statement;
    if (s.effect !== "Allow") continue;
    if (s.principal?.kind !== "any" && !s.principal?.aws.includes("*") && s.notPrincipal === null) continue;
    if (statementCoversAction(s, WEB_IDENTITY_ACTION)) out.push(s.index);
  }
  return out;
}

type IssuerFacts = Pick<ProviderTrust, "issuer" | "providerAccountId" | "isEks" | "multiTenant">;
// Pure memo (same input, same output): providers repeat across thousands of roles.
const issuerFacts = new Map<string, IssuerFacts | null>();

function factsOf(providerArn: string): IssuerFacts | null {
  const hit = issuerFacts.get(providerArn);
  if (hit !== undefined) return hit;
  const issuer = issuerOfFederated(providerArn);
  let facts: IssuerFacts | null = null;
  if (issuer) {
    const mt = findMultiTenantIssuer(issuer);
    facts = {
      issuer,
      providerAccountId: issuerFromProviderArn(providerArn) ? accountIdOfArn(providerArn) : null,
      isEks: isEksIssuer(issuer),
      multiTenant: mt
        ? { id: mt.id, name: mt.name, scope: mt.scope, restrictingClaim: mt.restrictingClaim }
        : null,
    };
  }
  if (issuerFacts.size > 50_000) issuerFacts.clear();
  issuerFacts.set(providerArn, facts);
  return facts;
}

function analyzeProvider(
  statements: readonly Statement[],
  providerArn: string,
  variables: boolean,
): ProviderTrust | null {
  const facts = factsOf(providerArn);
  if (!facts?.issuer) return null; // SAML or not a web-identity provider
  const issuer = facts.issuer;
  const principal = { type: "Federated" as const, id: providerArn };
  const grants: Grant[] = [];
  const denies: Grant[] = [];
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i] as Statement;
    if (!statementCoversPrincipal(s, principal) || !statementCoversAction(s, WEB_IDENTITY_ACTION)) continue;
    (s.effect === "Allow" ? grants : denies).push(buildGrant(s, issuer, variables));
  }
  if (grants.length === 0) return null;
  const subs: SubjectSet[] = [];
  const auds: SubjectSet[] = [];
  for (let i = 0; i < grants.length; i++) {
    const g = grants[i] as Grant;
    subs.push(g.sub);
    auds.push(fromAudienceSet(g.aud));
  }
  let sub = unionValueSets(subs);
  let aud = unionValueSets(auds);
  // A Deny with no condition removes everyone; a conditional one removes part (shown approximately).
  let unconditionedDeny = false;
  for (let i = 0; i < denies.length; i++) if (!(denies[i] as Grant).hasCondition) unconditionedDeny = true;
  if (unconditionedDeny) {
    sub = { kind: "none" };
    aud = { kind: "none" };
  } else if (denies.length > 0) {
    if (sub.kind !== "none") sub = { ...sub, approximate: true };
    if (aud.kind !== "none") aud = { ...aud, approximate: true };
  }
  return {
    providerArn,
    issuer,
    providerAccountId: facts.providerAccountId,
    isEks: facts.isEks,
    multiTenant: facts.multiTenant,
    grants: trimmed(grants),
    denies: trimmed(denies),
    sub,
    aud: toAudienceSet(aud),
    variables,
  };
}
