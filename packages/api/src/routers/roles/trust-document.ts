/**
 * The trust policy as numbered, pretty-printed lines that know which statement and condition key
 * they belong to, so the role page can highlight the lines a finding's evidence points at.
 */
export type TrustLine = {
  text: string;
  statementIndex: number | null;
  /** Lower-cased condition key of the lines inside `Condition.<operator>.<key>`. */
  conditionKey: string | null;
  isCondition: boolean;
  findingIds: string[];
};

/** IAM returns trust policies URL-encoded; the console and CLI show them plain. */
export function decodePolicyDocument(raw: string): unknown {
  for (const text of [raw, safeDecode(raw)]) {
    if (text === null) continue;
    try {
      return JSON.parse(text);
    } catch {
      // try the next form
    }
  }
  return null;
}

function safeDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, "%20"));
  } catch {
    return null;
  }
}

type Where = { statementIndex: number | null; conditionKey: string | null; isCondition: boolean };
const pad = (depth: number) => "  ".repeat(depth);

/** JSON.stringify(doc, null, 2), line by line, with each line's place in the policy. */
export function toTrustLines(doc: unknown): TrustLine[] {
  const lines: TrustLine[] = [];
  const push = (text: string, where: Where) => lines.push({ text, ...where, findingIds: [] });
  const top: Where = { statementIndex: null, conditionKey: null, isCondition: false };

  // `path` is the chain of object keys from the root (array positions as numbers).
  const emit = (value: unknown, depth: number, prefix: string, suffix: string, path: (string | number)[]) => {
    const where = locate(path);
    if (Array.isArray(value)) {
      if (value.length === 0) return push(`${pad(depth)}${prefix}[]${suffix}`, where);
      push(`${pad(depth)}${prefix}[`, where);
      value.forEach((v, i) => {
        emit(v, depth + 1, "", i < value.length - 1 ? "," : "", [...path, i]);
      });
      return push(`${pad(depth)}]${suffix}`, where);
    }
    if (value && typeof value === "object") {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length === 0) return push(`${pad(depth)}${prefix}{}${suffix}`, where);
      push(`${pad(depth)}${prefix}{`, where);
      entries.forEach(([k, v], i) => {
        emit(v, depth + 1, `${JSON.stringify(k)}: `, i < entries.length - 1 ? "," : "", [...path, k]);
      });
      return push(`${pad(depth)}}${suffix}`, where);
    }
    push(`${pad(depth)}${prefix}${JSON.stringify(value)}${suffix}`, where);
  };

  const locate = (path: (string | number)[]): Where => {
    if (path[0] !== "Statement") return top;
    // "Statement" may be one object (statement 0) or an array of statements.
    const isArray = typeof path[1] === "number";
    const statementIndex = isArray ? (path[1] as number) : path.length > 1 ? 0 : null;
    const rest = path.slice(isArray ? 2 : 1);
    const isCondition = rest[0] === "Condition";
    const key = isCondition && typeof rest[2] === "string" ? rest[2].toLowerCase() : null;
    return { statementIndex, conditionKey: key, isCondition };
  };

  emit(doc, 0, "", "", []);
  return lines;
}

// Rules whose evidence names a sub pattern rather than a key: their risky line is the sub condition.
const SUB_RULES = new Set([
  "trust.wildcard-sub",
  "trust.namespace-wildcard-sub",
  "trust.shared-issuer-wildcard",
]);
// Rules about a missing condition: the whole Condition block (or statement) is the evidence.
const WHOLE_CONDITION_RULES = new Set(["trust.no-sub", "trust.no-aud", "trust.shared-issuer-no-sub"]);

export type HighlightFinding = { id: string; ruleId: string; evidence: unknown };

function statementIndexesOf(evidence: Record<string, unknown>): number[] | null {
  if (typeof evidence.statementIndex === "number") return [evidence.statementIndex];
  if (Array.isArray(evidence.statementIndexes)) {
    return evidence.statementIndexes.filter((i): i is number => typeof i === "number");
  }
  return null;
}

/**
 * Mark the lines each finding is about: the condition key it names, the sub condition for
 * wildcard-sub rules, the Condition block for missing-claim rules, else its whole statement.
 * Returns the number of lines marked per finding.
 */
export function highlightFindings(lines: TrustLine[], findings: HighlightFinding[]): Map<string, number> {
  const marked = new Map<string, number>();
  for (const f of findings) {
    if (!f.evidence || typeof f.evidence !== "object") continue;
    const evidence = f.evidence as Record<string, unknown>;
    const statements = statementIndexesOf(evidence);
    if (!statements) continue;
    const inStatement = (l: TrustLine) => l.statementIndex !== null && statements.includes(l.statementIndex);
    const key = typeof evidence.key === "string" ? evidence.key.toLowerCase() : null;
    let match: (l: TrustLine) => boolean;
    if (key) match = (l) => inStatement(l) && l.conditionKey === key;
    else if (SUB_RULES.has(f.ruleId))
      match = (l) => inStatement(l) && (l.conditionKey?.endsWith(":sub") ?? false);
    else if (WHOLE_CONDITION_RULES.has(f.ruleId)) match = (l) => inStatement(l) && l.isCondition;
    else match = inStatement;
    let count = 0;
    for (const l of lines) {
      if (match(l)) {
        l.findingIds.push(f.id);
        count += 1;
      }
    }
    // Nothing matched (e.g. the key was removed since): fall back to the whole statement.
    if (count === 0) {
      for (const l of lines) {
        if (inStatement(l)) {
          l.findingIds.push(f.id);
          count += 1;
        }
      }
    }
    marked.set(f.id, count);
  }
  return marked;
}
