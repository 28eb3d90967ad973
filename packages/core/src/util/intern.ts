/**
 * Bounded table of canonical child paths (`childPath(parent, key)`, one shared copy each). Parsed
 * policies are kept for a whole evaluation (tens of thousands of roles), and their element paths
 * repeat from one policy to the next: sharing one copy keeps the retained heap, and so the garbage
 * collector's copying work, small. Looking a path up by its parent and key also costs less than
 * building it: parents come from this table and keys are JSON property names, so V8 has already
 * hashed both, where a freshly built path would be hashed in full. Purely an optimisation: callers
 * get an equal string either way.
 */
export class PathTable {
  private readonly table = new Map<string, Map<string, string>>();
  private size = 0;

  constructor(
    private readonly childPath: (parent: string, key: string) => string,
    private readonly limit = 50_000,
  ) {}

  child(parent: string, key: string): string {
    let children = this.table.get(parent);
    if (!children) {
      children = new Map();
      this.table.set(parent, children);
    }
    let path = children.get(key);
    if (path === undefined) {
      // Full: start over rather than grow without bound on adversarial input.
      if (this.size >= this.limit) {
        this.table.clear();
        this.size = 0;
        children = new Map();
        this.table.set(parent, children);
      }
      path = this.childPath(parent, key);
      children.set(key, path);
      this.size++;
    }
    return path;
  }
}
