// Placeholders for the literal `*` and `?` that the policy variables `${*}` and `${?}` produce:
// they match only the character itself, never act as wildcards.
export const LITERAL_STAR = "\uE000";
export const LITERAL_QUESTION = "\uE001";

function sameChar(pc: string, vc: string | undefined): boolean {
  return pc === vc || (pc === LITERAL_STAR && vc === "*") || (pc === LITERAL_QUESTION && vc === "?");
}

// IAM wildcard matching: `*` matches any run of characters (including none), `?` exactly one
// character. Iterative with single-star backtracking: linear in practice and immune to the
// catastrophic backtracking a naive regex translation suffers on hostile patterns.
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  // Fast paths for the common shapes: no wildcard, or a lone "*".
  if (pattern === "*") return true;
  if (!ignoreCase && !pattern.includes("*") && !pattern.includes("?") && !pattern.includes(LITERAL_STAR) && !pattern.includes(LITERAL_QUESTION)) {
    return pattern === value;
  }
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  let pi = 0;
  let vi = 0;
  let starPi = -1;
  let starVi = 0;
  while (vi < v.length) {
    const pc = p[pi];
    if (pc === "*") {
      starPi = pi++;
      starVi = vi;
    } else if (pc !== undefined && (pc === "?" || sameChar(pc, v[vi]))) {
      pi++;
      vi++;
    } else if (starPi >= 0) {
      pi = starPi + 1;
      vi = ++starVi;
    } else {
      return false;
    }
  }
  while (p[pi] === "*") pi++;
  return pi === p.length;
}

export function hasWildcard(pattern: string): boolean {
  return pattern.includes("*") || pattern.includes("?");
}

/**
 * Sound (never wrongly true) check that every string matched by glob `inner` is also matched by
 * glob `outer`. `inner` is read symbolically: its `*` can only be absorbed by a `*` of `outer`, its
 * `?` by a `?` or `*`, and a literal by the same literal, `?` or `*`. Used for the remediation
 * "never widen" proofs, where a false "yes" would be a security bug and a false "no" only a
 * missed optimisation.
 */
export function globContains(outer: string, inner: string): boolean {
  const n = outer.length;
  const m = inner.length;
  // dp[j] = outer[0..i) can match inner[0..j)
  let prev = new Array<boolean>(m + 1).fill(false);
  prev[0] = true;
  for (let i = 1; i <= n; i++) {
    const oc = outer[i - 1];
    const cur = new Array<boolean>(m + 1).fill(false);
    if (oc === "*") {
      // `*` absorbs any prefix of inner, including inner's own wildcards.
      let any = false;
      for (let j = 0; j <= m; j++) {
        any = any || (prev[j] ?? false);
        cur[j] = any;
      }
    } else {
      for (let j = 1; j <= m; j++) {
        const ic = inner[j - 1];
        const ok = ic === "*" ? false : oc === "?" ? true : ic !== "?" && oc === ic;
        cur[j] = ok && (prev[j - 1] ?? false);
      }
    }
    prev = cur;
  }
  return prev[m] ?? false;
}
