import { z } from "zod";
import type { Finding } from "../rules/types";
import { globMatch } from "../util/glob";

export const ZException = z.object({
  id: z.string(),
  ruleId: z.string(),
  /** Exact ARN or IAM-style glob (`*`, `?`), e.g. arn:aws:iam::123456789012:role/ci-* */
  resourceArn: z.string(),
  owner: z.string(),
  reason: z.string(),
  expiresAt: z.coerce.date(),
});
export type Exception = z.infer<typeof ZException>;

export function exceptionMatches(
  e: Exception,
  f: Pick<Finding, "ruleId" | "resourceArn">,
  now: Date,
): boolean {
  // Expiry is exclusive: at expiresAt the exception no longer suppresses.
  return (
    e.expiresAt.getTime() > now.getTime() && e.ruleId === f.ruleId && globMatch(e.resourceArn, f.resourceArn)
  );
}

/** Marks (never removes) findings covered by a live exception: suppressed, but still visible. */
export function applyExceptions(
  findings: readonly Finding[],
  exceptions: readonly Exception[],
  now: Date,
): Finding[] {
  if (exceptions.length === 0) return [...findings];
  return findings.map((f) => {
    const e = exceptions.find((x) => exceptionMatches(x, f, now));
    return e ? { ...f, suppressedBy: e.id } : f;
  });
}
