import { TRPCError } from "@trpc/server";
import { getProviderDetail } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { findTrustingRoles, ZTrustingRole } from "../clusters/issuer-trust";
import { findObservation } from "../clusters/provider-status";
import { toObservationView, ZIssuerObservation } from "../clusters/schemas";
import { ZProviderRef, ZProviderSummary } from "./schemas";
import { summarizeProvider } from "./summarize-provider";

export const ZProviderDetail = ZProviderSummary.extend({
  firstSeenAt: z.date(),
  createdAtAws: z.date().nullable(),
  goneAt: z.date().nullable(),
  tags: z.record(z.string(), z.string()),
  issuer: ZIssuerObservation.nullable(),
  trustingRoles: z.array(ZTrustingRole),
  orphanedEvidence: z.string().nullable(),
});
export type ProviderDetail = z.infer<typeof ZProviderDetail>;

const asTags = (v: unknown): Record<string, string> =>
  v && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === "string"))
    : {};

/** One provider: audiences and thumbprints against the issuer, and the roles that still trust it. */
export const getProvider = orgProcedure
  .input(ZProviderRef)
  .output(ZProviderDetail)
  .query(async ({ ctx, input }) => {
    const detail = await getProviderDetail(ctx.db, ctx.organizationId, input.id);
    if (!detail) throw new TRPCError({ code: "NOT_FOUND", message: "Provider not found" });
    const { provider } = detail;
    const summary = summarizeProvider(provider, detail);
    const observation = findObservation(detail.observations, provider.url);
    const orphaned = detail.findings.find((f) => f.ruleId === "provider.orphaned");
    return {
      ...summary,
      firstSeenAt: provider.firstSeenAt,
      createdAtAws: provider.createdAtAws,
      goneAt: provider.goneAt,
      tags: asTags(provider.tags),
      issuer: observation ? toObservationView(observation) : null,
      trustingRoles: await findTrustingRoles(ctx.db, ctx.organizationId, {
        issuer: provider.url,
        providerArn: provider.arn,
      }),
      orphanedEvidence: orphaned?.title ?? null,
    };
  });
