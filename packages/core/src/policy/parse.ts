import { decodePolicyText, MAX_POLICY_DEPTH, valueDepth } from "./decode";
import type { ParseResult, PolicyDocument, PolicyKind, PolicyWarning, Statement } from "./model";
import { parseStatement } from "./parse-statement";
import { childPath, fail, isPlainObject, PolicyParseError } from "./path";

const DOCUMENT_KEYS = new Set(["Version", "Id", "Statement"]);
const VERSIONS = new Set(["2012-10-17", "2008-10-17"]);

export type ParseOptions = { kind?: PolicyKind };

/**
 * Parses a policy as IAM stores it (URL-encoded or plain JSON text, or an already-parsed JSON
 * value). Never throws: any defect comes back as `{ ok: false, error: { message, path } }`.
 * `kind` applies IAM's placement rules: trust policies need a principal and no Resource.
 */
export function parsePolicy(input: unknown, options: ParseOptions = {}): ParseResult {
  const kind = options.kind ?? "trust";
  try {
    let json: unknown;
    if (typeof input === "string") {
      const decoded = decodePolicyText(input);
      if (!decoded.ok) return decoded;
      json = decoded.json;
    } else {
      if (valueDepth(input) > MAX_POLICY_DEPTH) {
        return {
          ok: false,
          error: { message: `document nests deeper than ${MAX_POLICY_DEPTH} levels`, path: "" },
        };
      }
      json = input;
    }
    return { ok: true, policy: parseDocument(json, kind) };
  } catch (e) {
    if (e instanceof PolicyParseError) return { ok: false, error: { message: e.message, path: e.path } };
    // Defensive: a bug here must still not escape as an exception to callers.
    return {
      ok: false,
      error: {
        message: `unexpected parser failure: ${e instanceof Error ? e.message : String(e)}`,
        path: "",
      },
    };
  }
}

function parseDocument(json: unknown, kind: PolicyKind): PolicyDocument {
  if (!isPlainObject(json)) fail("", "policy must be a JSON object");
  const keys = Object.keys(json);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (!DOCUMENT_KEYS.has(key)) fail(childPath("", key), `unknown policy element "${key}"`);
  }
  const warnings: PolicyWarning[] = [];
  const version = json.Version;
  if (version !== undefined && (typeof version !== "string" || !VERSIONS.has(version))) {
    fail("Version", `Version must be "2012-10-17" or "2008-10-17", got ${JSON.stringify(version)}`);
  }
  if (version === undefined) {
    // Without Version IAM assumes 2008-10-17, where ${…} policy variables are literal text.
    warnings.push({
      code: "no-version",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: IAM policy variable syntax, not a template
      message: 'no Version: IAM treats ${…} as literal text; use "2012-10-17"',
      path: "Version",
    });
  }
  const id = json.Id;
  if (id !== undefined && typeof id !== "string") fail("Id", "Id must be a string");
  const raw = json.Statement;
  if (raw === undefined) fail("Statement", "Statement is required");
  let statements: Statement[];
  if (Array.isArray(raw)) {
    if (raw.length === 0) fail("Statement", "Statement list is empty");
    statements = raw.map((s, i) => parseStatement(s, i, statementPath(i), kind, warnings));
  } else {
    statements = [parseStatement(raw, 0, "Statement", kind, warnings)];
  }
  return {
    version: typeof version === "string" ? version : null,
    id: typeof id === "string" ? id : null,
    statements,
    warnings,
  };
}

// "Statement[0]", "Statement[1]"…: one shared copy each, as every parsed statement keeps its path.
const STATEMENT_PATHS: string[] = [];

function statementPath(i: number): string {
  if (i >= 64) return childPath("Statement", i);
  let path = STATEMENT_PATHS[i];
  if (path === undefined) {
    path = childPath("Statement", i);
    STATEMENT_PATHS[i] = path;
  }
  return path;
}
