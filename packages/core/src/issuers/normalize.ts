import { parsePrincipal } from "../arn/principal-arn";

/**
 * Canonical issuer form used for every comparison: no scheme, no trailing slash, host lowercased
 * (DNS is case-insensitive), path kept as is (paths are case-sensitive). This is the form IAM
 * stores as the OIDC provider URL and uses as the prefix of condition keys (`<issuer>:sub`).
 */
export function normalizeIssuer(url: string): string {
  let s = url.trim();
  s = s.replace(/^https?:\/\//i, "");
  while (s.endsWith("/")) s = s.slice(0, -1);
  const slash = s.indexOf("/");
  const host = slash < 0 ? s : s.slice(0, slash);
  const path = slash < 0 ? "" : s.slice(slash);
  return host.toLowerCase() + path;
}

/** `https://` issuer URL as tokens carry it in `iss`, from any of the stored forms. */
export function toIssuerUrl(urlOrHost: string): string {
  return `https://${normalizeIssuer(urlOrHost)}`;
}

/** Issuer of an IAM OIDC provider ARN (`arn:aws:iam::A:oidc-provider/HOST/PATH` → `HOST/PATH`). */
export function issuerFromProviderArn(providerArn: string): string | null {
  const p = parsePrincipal(providerArn);
  return p.kind === "oidc-provider" ? normalizeIssuer(p.url) : null;
}

export function providerArnFor(partition: string, accountId: string, issuer: string): string {
  return `arn:${partition}:iam::${accountId}:oidc-provider/${normalizeIssuer(issuer)}`;
}

export function sameIssuer(a: string, b: string): boolean {
  return normalizeIssuer(a) === normalizeIssuer(b);
}

/**
 * Web-identity providers that IAM names by a bare host in `Federated` instead of an ARN
 * (Cognito, Login with Amazon, Facebook, Google). Their condition keys use the same host prefix.
 */
export const BUILTIN_WEB_IDENTITY_PROVIDERS = [
  "cognito-identity.amazonaws.com",
  "www.amazon.com",
  "graph.facebook.com",
  "accounts.google.com",
] as const;

/** Issuer (condition-key prefix) of a `Federated` principal value, or null for SAML/unknown. */
export function issuerOfFederated(federated: string): string | null {
  const fromArn = issuerFromProviderArn(federated);
  if (fromArn) return fromArn;
  const lower = federated.toLowerCase();
  return (BUILTIN_WEB_IDENTITY_PROVIDERS as readonly string[]).includes(lower) ? lower : null;
}
