const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** `<name>value</name>`, or nothing when the value is undefined (optional members are simply absent). */
export function el(name: string, value: string | number | boolean | Date | undefined): string {
  if (value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  return `<${name}>${escapeXml(text)}</${name}>`;
}

/** `<name>inner</name>` where inner is already XML. */
export function raw(name: string, inner: string): string {
  return `<${name}>${inner}</${name}>`;
}

/** Query-protocol lists are `<Name><member>…</member></Name>`. */
export function members<T>(name: string, items: readonly T[], render: (item: T) => string): string {
  return raw(name, items.map((item) => raw("member", render(item))).join(""));
}

export function stringMembers(name: string, items: readonly string[]): string {
  return members(name, items, escapeXml);
}

export function tagMembers(name: string, tags: readonly { key: string; value: string }[]): string {
  return members(name, tags, (t) => el("Key", t.key) + el("Value", t.value));
}

/** IAM returns policy documents URL-encoded (RFC 3986), e.g. in GetRole's AssumeRolePolicyDocument. */
export function encodePolicy(document: string): string {
  return encodeURIComponent(document);
}
