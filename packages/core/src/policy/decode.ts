import type { PolicyError } from "./model";

// IAM trust policies are at most 2,048 characters by default and 4,096 with a quota increase;
// managed policies 6,144 and inline 10,240. 64 KiB leaves room for every real document while
// bounding the work a hostile input can cause.
export const MAX_POLICY_CHARS = 65_536;
// A trust policy nests six levels (document › Statement › statement › Condition › operator › key
// › values). Anything much deeper is not a policy.
export const MAX_POLICY_DEPTH = 32;

export type DecodeResult = { ok: true; json: unknown } | { ok: false; error: PolicyError };

/**
 * IAM returns policy documents URL-encoded (RFC 3986) from GetRole/ListRoles; the console and
 * most tools pass plain JSON. A document that does not start with `{` after trimming is treated
 * as URL-encoded: plain JSON policy text always starts with `{`.
 */
export function decodePolicyText(input: string): DecodeResult {
  if (input.length > MAX_POLICY_CHARS * 3) return tooLarge(input.length);
  let text = input.trim();
  if (!text.startsWith("{") && text.includes("%")) {
    try {
      text = decodeURIComponent(text).trim();
    } catch {
      return {
        ok: false,
        error: { message: "document is neither JSON nor valid URL-encoded text", path: "" },
      };
    }
  }
  if (text.length > MAX_POLICY_CHARS) return tooLarge(text.length);
  if (text === "") return { ok: false, error: { message: "document is empty", path: "" } };
  const depth = maxNesting(text);
  if (depth > MAX_POLICY_DEPTH) {
    return {
      ok: false,
      error: { message: `document nests ${depth} levels deep (limit ${MAX_POLICY_DEPTH})`, path: "" },
    };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { message: `document is not valid JSON: ${detail}`, path: "" } };
  }
}

/**
 * The plain JSON text of a URL-encoded document, or the input itself when it is not URL-encoded
 * or would not decode cleanly. Invariant: `parsePolicy(policyText(x))` equals `parsePolicy(x)`
 * (the decoded text starts with `{`, so it is never decoded twice), which lets callers share one
 * parse between the encoded and plain forms of a document.
 */
export function policyText(input: string): string {
  if (input.length > MAX_POLICY_CHARS * 3) return input;
  const text = input.trim();
  if (text.startsWith("{") || !text.includes("%")) return input;
  try {
    const decoded = decodeURIComponent(text).trim();
    return decoded.startsWith("{") ? decoded : input;
  } catch {
    return input;
  }
}

function tooLarge(length: number): DecodeResult {
  return {
    ok: false,
    error: {
      message: `document is ${length} characters, larger than the ${MAX_POLICY_CHARS} accepted`,
      path: "",
    },
  };
}

/** Bracket depth outside string literals, computed before JSON.parse so it cannot blow the stack. */
function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash escapes the next char
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** Depth of an already-parsed value, bounded so cyclic objects terminate. */
export function valueDepth(value: unknown, limit = MAX_POLICY_DEPTH + 1, depth = 0): number {
  if (depth >= limit || typeof value !== "object" || value === null) return depth;
  let max = depth + 1;
  for (const child of Object.values(value)) {
    max = Math.max(max, valueDepth(child, limit, depth + 1));
    if (max >= limit) break;
  }
  return max;
}
