import { ProbeError } from "./probe-error";

export type JsonObject = Record<string, unknown>;

/** EKS serves application/json; JWKS may be application/jwk-set+json; some issuers say text/plain. */
export function isJsonContentType(header: string): boolean {
  const type = (header.split(";")[0] ?? "").trim().toLowerCase();
  if (type === "") return true;
  return (
    type === "application/json" ||
    type === "text/json" ||
    type === "text/plain" ||
    (type.startsWith("application/") && type.endsWith("+json"))
  );
}

export function parseJsonObject(body: Buffer, url: URL): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ProbeError("bad-json", `${url.href} did not return valid JSON: ${reason}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ProbeError("bad-json", `${url.href} did not return a JSON object`);
  }
  return value as JsonObject;
}
