import type { Provider } from "../inventory/types";
import { normalizeIssuer } from "../issuers/normalize";
import { decodePolicyText } from "../policy/decode";
import { stableStringify } from "../util/json";

export type JsonObject = Record<string, unknown>;
export type ResourceKind = "role" | "provider";

/** The document form shown to reviewers and stored on the request: two-space JSON. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** A trust policy as a JSON object, from IAM's URL-encoded or plain text; null when it is not one. */
export function decodeTrustDocument(text: string): JsonObject | null {
  const decoded = decodePolicyText(text);
  if (!decoded.ok) return null;
  const json = decoded.json;
  return json && typeof json === "object" && !Array.isArray(json) ? (json as JsonObject) : null;
}

export type ProviderFields = Pick<Provider, "url" | "clientIds" | "thumbprints">;

/** The reviewable form of an OIDC provider: what GetOpenIDConnectProvider returns, minus dates and tags. */
export function providerDocument(p: ProviderFields): string {
  return prettyJson({
    Url: normalizeIssuer(p.url),
    ClientIDList: p.clientIds,
    ThumbprintList: p.thumbprints,
  });
}

export function parseProviderDocument(text: string): ProviderFields | null {
  if (text.trim() === "") return null;
  try {
    const json = JSON.parse(text) as JsonObject;
    const strings = (v: unknown) =>
      Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : null;
    const clientIds = strings(json.ClientIDList);
    const thumbprints = strings(json.ThumbprintList);
    if (typeof json.Url !== "string" || !clientIds || !thumbprints) return null;
    return { url: normalizeIssuer(json.Url), clientIds, thumbprints };
  } catch {
    return null;
  }
}

/**
 * The form two documents are compared in (live state vs a plan's "before"): key order, IAM's
 * URL encoding and whitespace do not matter; for providers neither do list order, thumbprint
 * letter case nor the URL scheme. "" (absent) stays "". null when the text cannot be read.
 */
export function canonicalDocument(kind: ResourceKind, text: string): string | null {
  if (text.trim() === "") return "";
  if (kind === "role") {
    const json = decodeTrustDocument(text);
    return json ? stableStringify(json) : null;
  }
  const p = parseProviderDocument(text);
  if (!p) return null;
  const sortedUnique = (xs: string[]) => [...new Set(xs)].sort();
  return stableStringify({
    Url: p.url,
    ClientIDList: sortedUnique(p.clientIds),
    ThumbprintList: sortedUnique(p.thumbprints.map((t) => t.toLowerCase())),
  });
}

/** True when both documents read and are the same in canonical form. */
export function sameDocument(kind: ResourceKind, a: string, b: string): boolean {
  const x = canonicalDocument(kind, a);
  return x !== null && x === canonicalDocument(kind, b);
}
