import { z } from "zod";
import { ZFindingRef } from "../clusters/schemas";

export const ZThumbprintStatus = z.enum(["match", "drift", "unknown"]);

export const ZProviderSummary = z.object({
  id: z.string(),
  arn: z.string(),
  accountId: z.string(),
  url: z.string(),
  isEks: z.boolean(),
  clientIds: z.array(z.string()),
  thumbprints: z.array(z.string()),
  /** The issuer's current top-intermediate CA thumbprint, as last probed. */
  observedThumbprint: z.string().nullable(),
  thumbprintStatus: ZThumbprintStatus,
  audienceProblems: z.array(z.string()),
  issuerReachable: z.boolean().nullable(),
  clusters: z.array(z.object({ id: z.string(), name: z.string(), accountId: z.string() })),
  isOrphaned: z.boolean(),
  findings: z.array(ZFindingRef),
  lastSeenAt: z.date(),
});
export type ProviderSummary = z.infer<typeof ZProviderSummary>;

export const ZProviderRef = z.object({ id: z.string().min(1).max(64) });
