import type { IssuerProbeErrorCode } from "./types";

/** A probe failure with the stable code the rules engine keys on and a message a human can act on. */
export class ProbeError extends Error {
  readonly code: IssuerProbeErrorCode;

  constructor(code: IssuerProbeErrorCode, message: string) {
    super(message);
    this.name = "ProbeError";
    this.code = code;
  }
}

const TLS_EXPIRED = new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID"]);
const TLS_HOSTNAME = new Set(["ERR_TLS_CERT_ALTNAME_INVALID", "HOSTNAME_MISMATCH"]);
// OpenSSL X509 verification failures: the chain does not lead to a root we trust.
const TLS_UNTRUSTED = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_SIGNATURE_FAILURE",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "CERT_REVOKED",
  "INVALID_CA",
  "INVALID_PURPOSE",
  "PATH_LENGTH_EXCEEDED",
]);
const DNS = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NODATA", "EAI_NONAME", "ENODATA"]);

/** Maps a Node/OpenSSL error from https.request to a probe error; `target` names the URL in messages. */
export function toProbeError(error: unknown, target: string): ProbeError {
  if (error instanceof ProbeError) return error;
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (TLS_EXPIRED.has(code)) return new ProbeError("tls-expired", `TLS certificate of ${target}: ${detail}`);
  if (TLS_HOSTNAME.has(code))
    return new ProbeError("tls-hostname", `TLS certificate of ${target}: ${detail}`);
  if (TLS_UNTRUSTED.has(code)) {
    return new ProbeError("tls-untrusted", `TLS certificate of ${target} is not trusted: ${detail}`);
  }
  if (DNS.has(code)) return new ProbeError("dns", `cannot resolve ${target}: ${detail}`);
  return new ProbeError("connect", `cannot connect to ${target}: ${detail}`);
}

function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return "";
}
