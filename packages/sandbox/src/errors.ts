/** The protocol family decides how an error is written on the wire. */
export type Protocol = "query" | "rest-json" | "json";

/**
 * An AWS error. `code` is what goes on the wire: for query services the `<Code>` (e.g. `NoSuchEntity`,
 * which the SDK maps to `NoSuchEntityException` via the model's awsQueryError trait), for JSON services
 * the `x-amzn-ErrorType` / `__type` (e.g. `ResourceNotFoundException`).
 */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fault: "Sender" | "Receiver" = status >= 500 ? "Receiver" : "Sender",
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Errors every AWS service returns for authentication, in the spelling of each protocol family. */
export function invalidToken(protocol: Protocol): AwsError {
  const message = "The security token included in the request is invalid.";
  return protocol === "query"
    ? new AwsError("InvalidClientTokenId", 403, message)
    : new AwsError("UnrecognizedClientException", 403, message);
}

export function expiredToken(protocol: Protocol): AwsError {
  const message = "The security token included in the request is expired";
  // STS and IAM answer `ExpiredToken` (what the CLI prints); JSON services `ExpiredTokenException`.
  return protocol === "query"
    ? new AwsError("ExpiredToken", 400, message)
    : new AwsError("ExpiredTokenException", 403, message);
}

export function missingAuth(protocol: Protocol): AwsError {
  const message = "Request is missing Authentication Token";
  return protocol === "query"
    ? new AwsError("MissingAuthenticationToken", 403, message)
    : new AwsError("MissingAuthenticationTokenException", 403, message);
}

/** Rate-limit errors: IAM/STS `Throttling` (400, Sender), EKS `ThrottlingException` (429), Organizations `TooManyRequestsException`. */
export function throttled(service: string): AwsError {
  if (service === "eks") return new AwsError("ThrottlingException", 429, "Rate exceeded");
  if (service === "organizations") {
    return new AwsError(
      "TooManyRequestsException",
      429,
      "AWS Organizations can't complete your request because of too many requests. Try again later.",
      "Sender",
      { Type: "TooManyRequests" },
    );
  }
  return new AwsError("Throttling", 400, "Rate exceeded");
}

export function validationError(field: string, value: string, constraint: string): AwsError {
  return new AwsError(
    "ValidationError",
    400,
    `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: ${constraint}`,
  );
}
