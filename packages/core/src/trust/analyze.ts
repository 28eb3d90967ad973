import { accountIdOfArn } from "../arn/parse-arn";
import { isEksIssuer } from "../issuers/eks";
import { findMultiTenantIssuer } from "../issuers/multi-tenant";
import { issuerFromProviderArn, issuerOfFederated } from "../issuers/normalize";
import { statementCoversAction, statementCoversPrincipal } from "../policy/match-statement";
import { isPolicyDocument, type PolicyDocument, type Statement } from "../policy/model";
import { parsePolicy } from "../policy/parse";
import { analyzeAwsPrincipals } from "./analyze-aws";
import { analyzeServices } from "./analyze-services";
import { buildGrant } from "./grant";
import type { ProviderTrust, TrustAnalysis, TrustContext } from "./types";
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
  const variables = doc.version === "2012-10-17";
  const candidates = new Set<string>(context.providerArns ?? []);
  for (const s of doc.statements)
    if (s.principal?.kind === "map") for (const f of s.principal.federated) candidates.add(f);
  const providers: ProviderTrust[] = [];
  for (const arn of candidates) {
    const p = analyzeProvider(doc.statements, arn, variables);
    if (p) providers.push(p);
  }
  const wildcardWebIdentityStatements = doc.statements
    .filter(
      (s) =>
        s.effect === "Allow" &&
        (s.principal?.kind === "any" || s.principal?.aws.includes("*") || s.notPrincipal !== null),
    )
    .filter((s) => statementCoversAction(s, WEB_IDENTITY_ACTION))
    .map((s) => s.index);
  return {
    policyError: null,
    warnings: doc.warnings,
    providers,
    services: analyzeServices(doc.statements, variables),
    awsPrincipals: analyzeAwsPrincipals(doc.statements, variables),
    wildcardWebIdentityStatements,
  };
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
  const covering = statements.filter(
    (s) => statementCoversPrincipal(s, principal) && statementCoversAction(s, WEB_IDENTITY_ACTION),
  );
  const grants = covering.filter((s) => s.effect === "Allow").map((s) => buildGrant(s, issuer, variables));
  if (grants.length === 0) return null;
  const denies = covering.filter((s) => s.effect === "Deny").map((s) => buildGrant(s, issuer, variables));
  let sub = unionValueSets(grants.map((g) => g.sub));
  let aud = unionValueSets(grants.map((g) => fromAudienceSet(g.aud)));
  // A Deny with no condition removes everyone; a conditional one removes part (shown approximately).
  if (denies.some((d) => !d.hasCondition)) {
    sub = { kind: "none" };
    aud = { kind: "none" };
  } else if (denies.length > 0) {
    if (sub.kind !== "none") sub = { ...sub, approximate: true };
    if (aud.kind !== "none") aud = { ...aud, approximate: true };
  }
  return {
    providerArn,
    ...facts,
    grants,
    denies,
    sub,
    aud: toAudienceSet(aud),
    variables,
  };
}
