import { listPodIdentityAssociations } from "@trustwatch/db";
import { z } from "zod";
import { orgProcedure } from "../../trpc";

export const ZPodIdentityAssociation = z.object({
  id: z.string(),
  associationId: z.string(),
  clusterArn: z.string(),
  clusterName: z.string(),
  accountId: z.string(),
  region: z.string(),
  namespace: z.string(),
  serviceAccount: z.string(),
  roleArn: z.string(),
  targetRoleArn: z.string().nullable(),
});

/** Every live EKS Pod Identity association: which service account gets which role. */
export const listAssociations = orgProcedure
  .input(z.void())
  .output(z.array(ZPodIdentityAssociation))
  .query(async ({ ctx }) => {
    const rows = await listPodIdentityAssociations(ctx.db, ctx.organizationId);
    return rows.map((a) => ({
      id: a.id,
      associationId: a.associationId,
      clusterArn: a.clusterArn,
      clusterName: a.clusterName,
      accountId: a.accountId,
      region: a.region,
      namespace: a.namespace,
      serviceAccount: a.serviceAccount,
      roleArn: a.roleArn,
      targetRoleArn: a.targetRoleArn,
    }));
  });
