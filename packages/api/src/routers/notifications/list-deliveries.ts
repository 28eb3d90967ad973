import { listDeliveries } from "@trustwatch/db";
import { z } from "zod";
import { roleProcedure } from "../../trpc";

export const ZDelivery = z.object({
  id: z.string(),
  channelId: z.string(),
  channelName: z.string(),
  scanId: z.string().nullable(),
  kind: z.string(),
  status: z.string(),
  attempts: z.number(),
  responseCode: z.number().nullable(),
  error: z.string().nullable(),
  createdAt: z.date(),
  deliveredAt: z.date().nullable(),
});

export const listDeliveriesProcedure = roleProcedure("admin")
  .input(
    z.object({
      channelId: z.string().max(64).optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
  )
  .output(z.array(ZDelivery))
  .query(async ({ ctx, input }) => {
    const rows = await listDeliveries(ctx.db, ctx.organizationId, input);
    return rows.map(({ channel, ...row }) => ({ ...row, channelName: channel.name }));
  });
