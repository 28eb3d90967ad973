import type { IncomingHttpHeaders } from "node:http";

export type CredentialScope = {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  sessionToken: string | undefined;
};

const CREDENTIAL = /Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/;

/**
 * Reads the SigV4 credential scope (`Credential=AKID/DATE/REGION/SERVICE/aws4_request`) from the
 * Authorization header or a presigned query string. The signature itself is not verified: the sandbox
 * needs the caller's identity and the target service, not cryptographic proof.
 */
export function parseCredentialScope(
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
): CredentialScope | undefined {
  const auth = headers.authorization;
  const fromHeader =
    typeof auth === "string" && auth.startsWith("AWS4-HMAC-SHA256") ? CREDENTIAL.exec(auth) : null;
  const presigned = query.get("X-Amz-Credential");
  const match = fromHeader ?? (presigned ? CREDENTIAL.exec(`Credential=${presigned}`) : null);
  if (!match?.[1] || !match[2] || !match[3] || !match[4]) return undefined;
  const token = headers["x-amz-security-token"];
  return {
    accessKeyId: match[1],
    date: match[2],
    region: match[3],
    service: match[4],
    sessionToken: typeof token === "string" ? token : (query.get("X-Amz-Security-Token") ?? undefined),
  };
}
