import type { RsaKey } from "./keys";
import { type IssuerEntry, jwksPath } from "./registry";
import type { ActiveKey } from "./rotation";

/** The discovery document as each kind of issuer serves it (EKS's is minimal: no authorization endpoint flows). */
export function discoveryDocument(issuer: IssuerEntry, issuerClaim: string) {
  const jwks_uri = `https://${issuer.host}${issuer.path}${jwksPath(issuer.kind)}`;
  if (issuer.kind === "eks") {
    return {
      issuer: issuerClaim,
      jwks_uri,
      authorization_endpoint: "urn:kubernetes:programmatic_authorization",
      response_types_supported: ["id_token"],
      subject_types_supported: ["public"],
      claims_supported: ["sub", "iss"],
      id_token_signing_alg_values_supported: ["RS256"],
    };
  }
  return {
    issuer: issuerClaim,
    jwks_uri,
    subject_types_supported: ["public", "pairwise"],
    response_types_supported: ["id_token"],
    claims_supported: [
      "sub",
      "aud",
      "exp",
      "iat",
      "iss",
      "jti",
      "nbf",
      "ref",
      "repository",
      "repository_owner",
      "workflow",
      "environment",
      "job_workflow_ref",
    ],
    id_token_signing_alg_values_supported: ["RS256"],
    scopes_supported: ["openid"],
  };
}

export function jwk(key: RsaKey, kid: string) {
  return { kty: "RSA", alg: "RS256", use: "sig", kid, n: key.n, e: key.e };
}

export function jwksDocument(keys: ActiveKey[], pool: readonly RsaKey[], huge: boolean) {
  const list = keys.flatMap((k) => {
    const key = pool[k.slot];
    return key ? [jwk(key, k.kid)] : [];
  });
  if (huge) {
    // ~1.5 MB: enough to trip any sane response-size cap in a scanner.
    const filler = pool[0];
    if (filler)
      for (let i = 0; i < 3000; i++) list.push(jwk(filler, `filler-${i.toString(16).padStart(36, "0")}`));
  }
  return { keys: list };
}
