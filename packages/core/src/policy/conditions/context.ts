/** Request context as callers provide it: key names in any case, booleans allowed. */
export type RequestContextInput = Record<string, string | string[] | boolean | undefined>;

/** Lower-cased key → values; absent keys are simply missing. */
export type RequestContext = ReadonlyMap<string, readonly string[]>;

// Context key names are not case-sensitive (IAM JSON policy elements: Condition): normalise once.
export function toRequestContext(input: RequestContextInput): RequestContext {
  const map = new Map<string, string[]>();
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const values = Array.isArray(value)
      ? value.map(String)
      : [typeof value === "boolean" ? String(value) : value];
    const lower = key.toLowerCase();
    map.set(lower, [...(map.get(lower) ?? []), ...values]);
  }
  return map;
}
