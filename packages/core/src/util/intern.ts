/**
 * Bounded table of canonical strings. Parsed policies are kept for a whole evaluation (tens of
 * thousands of roles), and most of their derived strings (element paths, lower-cased condition
 * keys) repeat from one policy to the next: sharing one copy keeps the retained heap, and so the
 * garbage collector's copying work, small. Purely a memory optimisation: callers get an equal
 * string either way.
 */
export class StringTable {
  private readonly table = new Map<string, string>();

  constructor(private readonly limit = 50_000) {}

  intern(value: string): string {
    const hit = this.table.get(value);
    if (hit !== undefined) return hit;
    // Full: start over rather than grow without bound on adversarial input.
    if (this.table.size >= this.limit) this.table.clear();
    this.table.set(value, value);
    return value;
  }
}
