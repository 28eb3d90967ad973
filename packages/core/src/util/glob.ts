// Placeholders for the literal `*` and `?` that the policy variables `${*}` and `${?}` produce:
// they match only the character itself, never act as wildcards.
export const LITERAL_STAR = "\uE000";
export const LITERAL_QUESTION = "\uE001";

const STAR = 42; // "*"
const QUESTION = 63; // "?"
const LIT_STAR = LITERAL_STAR.charCodeAt(0);
const LIT_QUESTION = LITERAL_QUESTION.charCodeAt(0);

// ASCII case folding: enough for action names (IAM actions are ASCII). Non-ASCII letters compare
// exactly, so a case-insensitive match can only be missed, never invented.
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function sameChar(pc: number, vc: number, ignoreCase: boolean): boolean {
  if (pc === vc || (pc === LIT_STAR && vc === STAR) || (pc === LIT_QUESTION && vc === QUESTION)) return true;
  return ignoreCase && fold(pc) === fold(vc);
}

// IAM wildcard matching: `*` matches any run of characters (including none), `?` exactly one
// character. Iterative with single-star backtracking: linear in practice and immune to the
// catastrophic backtracking a naive regex translation suffers on hostile patterns. Works on char
// codes so hot paths (action matching on every statement) allocate nothing.
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  if (pattern === "*") return true;
  let pi = 0;
  let vi = 0;
  let starPi = -1;
  let starVi = 0;
  const pl = pattern.length;
  const vl = value.length;
  while (vi < vl) {
    const pc = pi < pl ? pattern.charCodeAt(pi) : -1;
    if (pc === STAR) {
      starPi = pi++;
      starVi = vi;
    } else if (pc !== -1 && (pc === QUESTION || sameChar(pc, value.charCodeAt(vi), ignoreCase))) {
      pi++;
      vi++;
    } else if (starPi >= 0) {
      pi = starPi + 1;
      vi = ++starVi;
    } else {
      return false;
    }
  }
  while (pi < pl && pattern.charCodeAt(pi) === STAR) pi++;
  return pi === pl;
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
  // dp[j] = outer[0..i) can match inner[0..j). Two rows swapped per outer char, reused across
  // calls: the rules run this for every sub pattern of every role.
  if (m + 1 > containsRows[0].length) containsRows = [new Uint8Array(m + 1), new Uint8Array(m + 1)];
  let prev = containsRows[0];
  let cur = containsRows[1];
  prev.fill(0, 0, m + 1);
  prev[0] = 1;
  for (let i = 1; i <= n; i++) {
    const oc = outer.charCodeAt(i - 1);
    if (oc === STAR) {
      // `*` absorbs any prefix of inner, including inner's own wildcards.
      let any = 0;
      for (let j = 0; j <= m; j++) {
        any |= prev[j] as number;
        cur[j] = any;
      }
    } else {
      cur[0] = 0;
      for (let j = 1; j <= m; j++) {
        const ic = inner.charCodeAt(j - 1);
        const ok = ic === STAR ? false : oc === QUESTION ? true : ic !== QUESTION && oc === ic;
        cur[j] = ok ? (prev[j - 1] as number) : 0;
      }
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] === 1;
}

let containsRows: [Uint8Array, Uint8Array] = [new Uint8Array(64), new Uint8Array(64)];
