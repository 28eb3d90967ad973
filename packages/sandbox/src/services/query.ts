import type { AwsError } from "../errors";
import { el, raw } from "../xml";
import type { ServiceRequest, ServiceResponse } from "./types";

/**
 * The AWS query protocol (IAM, STS): form-encoded POST with `Action` and `Version`, XML responses
 * `<ActionResponse xmlns><ActionResult>…</ActionResult><ResponseMetadata>…</ResponseMetadata></ActionResponse>`.
 */
export function queryParams(req: ServiceRequest): URLSearchParams {
  const params = new URLSearchParams(req.query);
  for (const [k, v] of new URLSearchParams(req.body)) params.append(k, v);
  return params;
}

export function queryResponse(
  action: string,
  xmlns: string,
  result: string | null,
  requestId: string,
): ServiceResponse {
  const resultXml = result === null ? "" : raw(`${action}Result`, result);
  const metadata = raw("ResponseMetadata", el("RequestId", requestId));
  return {
    status: 200,
    headers: { "content-type": "text/xml", "x-amzn-requestid": requestId },
    body: `<${action}Response xmlns="${xmlns}">${resultXml}${metadata}</${action}Response>\n`,
  };
}

/** `<ErrorResponse><Error><Type>Sender</Type><Code>…</Code><Message>…</Message></Error><RequestId>…</RequestId></ErrorResponse>`. */
export function queryError(xmlns: string, error: AwsError, requestId: string): ServiceResponse {
  const body =
    `<ErrorResponse xmlns="${xmlns}">` +
    raw("Error", el("Type", error.fault) + el("Code", error.code) + el("Message", error.message)) +
    el("RequestId", requestId) +
    `</ErrorResponse>\n`;
  return {
    status: error.status,
    headers: { "content-type": "text/xml", "x-amzn-requestid": requestId },
    body,
  };
}
