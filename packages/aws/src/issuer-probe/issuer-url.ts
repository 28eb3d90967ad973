import { ProbeError } from "./probe-error";

/**
 * An OIDC issuer is an https URL with no query, fragment or credentials (OpenID Connect Discovery 1.0,
 * and what IAM CreateOpenIDConnectProvider accepts). Returns the parsed URL or throws ProbeError.
 */
export function parseIssuerUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ProbeError("invalid-url", `${JSON.stringify(value)} is not a URL`);
  }
  if (url.protocol !== "https:") throw new ProbeError("not-https", `issuer ${value} is not an https URL`);
  if (url.username || url.password)
    throw new ProbeError("invalid-url", `issuer ${value} contains credentials`);
  // Checked on the raw text: URL drops an empty "?" or "#".
  if (value.includes("?")) throw new ProbeError("invalid-url", `issuer ${value} has a query string`);
  if (value.includes("#")) throw new ProbeError("invalid-url", `issuer ${value} has a fragment`);
  return url;
}

/** Issuer identity for comparison: the parsed URL without trailing slashes. */
export function normalizeIssuerForComparison(value: string): string {
  try {
    return new URL(value).href.replace(/\/+$/, "");
  } catch {
    return value.replace(/\/+$/, "");
  }
}

export function discoveryUrlFor(issuer: URL): URL {
  const base = issuer.href.replace(/\/+$/, "");
  return new URL(`${base}/.well-known/openid-configuration`);
}
