/** How a failed AWS call should end an account's part of a scan. */
export type AwsErrorKind =
  | "access-denied"
  | "throttled"
  | "not-found"
  | "unsupported"
  | "unreachable"
  | "invalid"
  | "unknown";

export type ClassifiedAwsError = { kind: AwsErrorKind; code: string; message: string };

const ACCESS_DENIED = new Set([
  "AccessDenied",
  "AccessDeniedException",
  "UnauthorizedOperation",
  "InvalidClientTokenId",
  "UnrecognizedClientException",
  "ExpiredToken",
  "ExpiredTokenException",
  "AuthFailure",
  "SignatureDoesNotMatch",
]);
const THROTTLED = new Set([
  "Throttling",
  "ThrottlingException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "SlowDown",
]);
const NOT_FOUND = new Set([
  "NoSuchEntity",
  "NoSuchEntityException",
  "ResourceNotFoundException",
  "NotFoundException",
]);
// An API the endpoint does not implement, or a region where the service is not enabled:
// recorded as a warning and the scan goes on.
const UNSUPPORTED = new Set([
  "UnknownOperationException",
  "UnsupportedOperation",
  "InvalidAction",
  "NotImplemented",
  "OptInRequired",
  "UnrecognizedClientException:region",
  "InvalidRequestException:region",
]);
const NETWORK = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "ECONNRESET",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "TimeoutError",
]);

export function classifyAwsError(error: unknown): ClassifiedAwsError {
  const e = error as {
    name?: string;
    code?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
  };
  const code = e?.name && e.name !== "Error" ? e.name : (e?.code ?? "Error");
  const message = e?.message ?? String(error);
  if (ACCESS_DENIED.has(code)) return { kind: "access-denied", code, message };
  if (THROTTLED.has(code)) return { kind: "throttled", code, message };
  if (NOT_FOUND.has(code)) return { kind: "not-found", code, message };
  if (UNSUPPORTED.has(code) || e?.$metadata?.httpStatusCode === 501)
    return { kind: "unsupported", code, message };
  if (NETWORK.has(code) || NETWORK.has(e?.code ?? "")) return { kind: "unreachable", code, message };
  if (code === "ValidationException" || code === "InvalidInput" || code === "InvalidParameterException") {
    return { kind: "invalid", code, message };
  }
  return { kind: "unknown", code, message };
}
