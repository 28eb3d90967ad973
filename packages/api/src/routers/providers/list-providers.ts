import { listProvidersWithObservations } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";
import { ZProviderSummary } from "./schemas";
import { summarizeProvider } from "./summarize-provider";

/** Every live IAM OIDC provider; orphaned ones (open provider.orphaned finding) first. */
export const listProviders = orgProcedure
  .input(z.void())
  .output(z.array(ZProviderSummary))
  .query(async ({ ctx }) => {
    const data = await listProvidersWithObservations(ctx.db, ctx.organizationId);
    const summaries = data.providers.map((p) => summarizeProvider(p, data));
    return summaries.sort((a, b) => Number(b.isOrphaned) - Number(a.isOrphaned));
  });
