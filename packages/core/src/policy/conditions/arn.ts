import { globMatch } from "../../util/glob";

function splitArn(value: string): string[] | null {
  const parts = value.split(":");
  if (parts.length < 6) return null;
  return [...parts.slice(0, 5), parts.slice(5).join(":")];
}

/**
 * ArnEquals/ArnLike (and their negations, applied by the caller): case-sensitive; each of the six
 * colon-delimited components is matched separately and may contain `*` and `?`, so a `*` in the
 * region never swallows the account id. A request value that is not an ARN never matches.
 */
export function matchArn(request: string, policy: string): boolean {
  if (policy === "*") return true;
  const r = splitArn(request);
  const p = splitArn(policy);
  if (!r || !p) return false;
  for (let i = 0; i < 6; i++) {
    if (!globMatch(p[i] ?? "", r[i] ?? "")) return false;
  }
  return true;
}
