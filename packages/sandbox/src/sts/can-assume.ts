/**
 * TEMPORARY SHIM: `@trustwatch/core` (packages/core/src/index.ts) did not exist yet when the sandbox was
 * written. This file has core's agreed signature; once core exports it, replace this whole file with:
 *   export { canAssume, type AssumeDecision, type AssumeRequest } from "@trustwatch/core";
 * It only evaluates what STS AssumeRole needs: Allow/Deny, AWS/Service/Federated principals (an account
 * or `:root` principal matches every principal of that account), Action wildcards and the String*,
 * Bool and Null operators with IfExists.
 */
export type AssumeRequest = {
  action: string;
  principal: { type: "AWS" | "Federated" | "Service"; id: string };
  context: Record<string, string | string[] | boolean | undefined>;
};
export type AssumeDecision = {
  allowed: boolean;
  decision: "allow" | "explicit-deny" | "implicit-deny" | "invalid-policy";
  statementIndexes: number[];
  error?: string;
};

type Statement = Record<string, unknown>;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const glob = (pattern: string, value: string, ci = false) =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, ci ? "i" : "").test(value);

function principalMatches(principal: unknown, request: AssumeRequest): boolean {
  if (principal === "*") return true;
  if (typeof principal !== "object" || principal === null) return false;
  const ids = list((principal as Record<string, unknown>)[request.principal.type]).map(String);
  const id = request.principal.id;
  const account = /^arn:aws:(?:iam|sts)::(\d{12}):/.exec(id)?.[1];
  return ids.some((p) => p === "*" || p === id || (account !== undefined && (p === account || p === `arn:aws:iam::${account}:root`)));
}

function conditionsHold(condition: unknown, context: AssumeRequest["context"]): boolean {
  if (condition === undefined) return true;
  const lowered = new Map(Object.entries(context).map(([k, v]) => [k.toLowerCase(), v]));
  return Object.entries(condition as Record<string, Record<string, unknown>>).every(([rawOp, keys]) => {
    const ifExists = rawOp.endsWith("IfExists");
    const op = rawOp.replace(/IfExists$/, "").replace(/^(ForAllValues|ForAnyValue):/, "");
    return Object.entries(keys).every(([key, expected]) => {
      const actual = lowered.get(key.toLowerCase());
      if (op === "Null") return (actual === undefined) === (String(list(expected)[0]) === "true");
      if (actual === undefined) return ifExists || rawOp.startsWith("ForAllValues:");
      const values = list(actual).map(String);
      const wanted = list(expected).map(String);
      const any = (test: (w: string, v: string) => boolean) => values.some((v) => wanted.some((w) => test(w, v)));
      switch (op) {
        case "StringEquals": return any((w, v) => w === v);
        case "StringEqualsIgnoreCase": return any((w, v) => w.toLowerCase() === v.toLowerCase());
        case "StringLike": return any((w, v) => glob(w, v));
        case "StringNotEquals": return !any((w, v) => w === v);
        case "StringNotLike": return !any((w, v) => glob(w, v));
        case "Bool": return any((w, v) => w.toLowerCase() === v.toLowerCase());
        case "ArnEquals": case "ArnLike": return any((w, v) => glob(w, v));
        default: return false;
      }
    });
  });
}

export function canAssume(policy: string | object, request: AssumeRequest): AssumeDecision {
  let doc: Record<string, unknown>;
  try {
    const text = typeof policy === "string" ? policy : JSON.stringify(policy);
    doc = JSON.parse(text.trimStart().startsWith("%7B") ? decodeURIComponent(text) : text);
  } catch (error) {
    return { allowed: false, decision: "invalid-policy", statementIndexes: [], error: String(error) };
  }
  const allows: number[] = [];
  const denies: number[] = [];
  list(doc.Statement).forEach((raw, index) => {
    const s = raw as Statement;
    const actionOk = list(s.Action).some((a) => glob(String(a), request.action, true));
    if (!actionOk || !principalMatches(s.Principal, request) || !conditionsHold(s.Condition, request.context)) return;
    (s.Effect === "Deny" ? denies : allows).push(index);
  });
  if (denies.length) return { allowed: false, decision: "explicit-deny", statementIndexes: denies };
  if (allows.length) return { allowed: true, decision: "allow", statementIndexes: allows };
  return { allowed: false, decision: "implicit-deny", statementIndexes: [] };
}
