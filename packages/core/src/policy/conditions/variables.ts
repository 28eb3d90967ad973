import { LITERAL_QUESTION, LITERAL_STAR } from "../../util/glob";
import type { RequestContext } from "./context";

const VARIABLE = /\$\{([^}]*)\}/g;

/**
 * Substitutes IAM policy variables (IAM policy elements: variables and tags) in a condition value.
 * `${*}`, `${?}`, `${$}` are the literal characters; `${key, 'default'}` falls back to the
 * default. A variable whose key is absent (or multivalued, which IAM does not allow as a variable)
 * cannot be resolved: IAM then treats the statement as not matching, signalled here by `null`.
 * Only documents with Version 2012-10-17 have variables; older ones keep `${…}` as text.
 */
export function resolveVariables(value: string, ctx: RequestContext): string | null {
  if (!value.includes("${")) return value;
  let unresolved = false;
  const out = value.replace(VARIABLE, (_m, inner: string) => {
    if (inner === "*") return LITERAL_STAR;
    if (inner === "?") return LITERAL_QUESTION;
    if (inner === "$") return "$";
    const m = /^\s*([^,\s]+)\s*(?:,\s*'([^']*)'\s*)?$/.exec(inner);
    const key = m?.[1];
    if (!m || !key) {
      unresolved = true;
      return "";
    }
    const values = ctx.get(key.toLowerCase());
    if (values && values.length === 1 && values[0] !== undefined) return values[0];
    if (m[2] !== undefined) return m[2];
    unresolved = true;
    return "";
  });
  return unresolved ? null : out;
}

export function hasVariable(value: string): boolean {
  return /\$\{(?![*?$]\})[^}]*\}/.test(value);
}

/** Replaces the literal placeholders with the characters they stand for (for display / equality). */
export function literalText(value: string): string {
  // Fast path: StringEquals compares through here for every clause of every analysed policy.
  if (!value.includes(LITERAL_STAR) && !value.includes(LITERAL_QUESTION)) return value;
  return value.split(LITERAL_STAR).join("*").split(LITERAL_QUESTION).join("?");
}
