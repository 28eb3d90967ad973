/** Human-readable JSON path segment: `.Condition` for identifiers, `["oidc…:sub"]` otherwise. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  if (isIdentifier(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** /^[A-Za-z][A-Za-z0-9]*$/ without the regex: called for every element of every parsed policy. */
function isIdentifier(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i) | 32; // ASCII letters fold to lower case; digits are unchanged
    const letter = c >= 97 && c <= 122;
    const digit = c >= 48 && c <= 57 && key.charCodeAt(i) === c;
    if (!letter && !(digit && i > 0)) return false;
  }
  return true;
}

export class PolicyParseError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

export function fail(path: string, message: string): never {
  throw new PolicyParseError(message, path);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
