import { TRPCError } from "@trpc/server";
import { getChannel } from "@trustwatch/db";
import { enqueueTestNotification } from "@trustwatch/jobs";
import { z } from "zod";
import { roleProcedure } from "../../trpc";
import { ZChannelRef } from "./schemas";

/** Queue a test message; the worker sends it and records the delivery (see listDeliveries). */
export const sendTestProcedure = roleProcedure("admin")
  .input(ZChannelRef)
  .output(z.object({ jobId: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const channel = await getChannel(ctx.db, ctx.organizationId, input.channelId);
    if (!channel) throw new TRPCError({ code: "NOT_FOUND", message: "Channel not found" });
    const job = await enqueueTestNotification(ctx.queues(), {
      organizationId: ctx.organizationId,
      channelId: channel.id,
    });
    return { jobId: job.id ?? "" };
  });
