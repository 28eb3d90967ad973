import { stableStringify } from "../util/json";
import { sha1HexOfParts } from "./sha1";

/**
 * Stable identity of a finding across scans: rule + resource + the stable detail that tells two
 * problems on the same resource apart (e.g. the trusted provider and condition key). Never the
 * statement index alone (reordering statements must not reopen findings) nor any timestamp.
 * The digest is SHA-1 of `ruleId NUL resourceArn NUL stableStringify(detail)`; hashing the parts
 * directly saves building that string, and must keep producing exactly that digest.
 */
export function computeFingerprint(ruleId: string, resourceArn: string, detail: unknown): string {
  return sha1HexOfParts([ruleId, "\u0000", resourceArn, "\u0000", stableStringify(detail ?? null)]);
}
