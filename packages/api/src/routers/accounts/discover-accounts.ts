import { getOrganizationOnboarding, setOrganizationDiscovery } from "@trustwatch/db";
import { enqueueAccountDiscovery } from "@trustwatch/jobs";
import { z } from "zod";
import { audit } from "../../audit";
import { ZRoleArn } from "../../onboarding/validation";
import { roleProcedure } from "../../trpc";

export const ZDiscoverAccountsInput = z.object({ managementRoleArn: ZRoleArn });

/**
 * Turn on AWS Organizations discovery from the management account's role (assumed with the
 * tenant's ExternalId) and ask a worker to register the member accounts now; scans repeat it.
 */
export const discoverAccounts = roleProcedure("admin")
  .input(ZDiscoverAccountsInput)
  .output(z.object({ jobId: z.string().nullable(), managementRoleArn: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const before = await getOrganizationOnboarding(ctx.db, ctx.organizationId);
    await setOrganizationDiscovery(ctx.db, ctx.organizationId, input.managementRoleArn);
    await audit(
      ctx,
      "account.discover",
      { type: "organization", id: ctx.organizationId },
      {
        before: { discoveryEnabled: before?.discoveryEnabled, managementRoleArn: before?.managementRoleArn },
        after: { discoveryEnabled: true, managementRoleArn: input.managementRoleArn },
      },
    );
    const job = await enqueueAccountDiscovery(ctx.queues(), { organizationId: ctx.organizationId });
    return { jobId: job.id ?? null, managementRoleArn: input.managementRoleArn };
  });
