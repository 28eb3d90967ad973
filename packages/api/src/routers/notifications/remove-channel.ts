import { TRPCError } from "@trpc/server";
import { deleteChannel, getChannel } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { auditView, ZChannelRef } from "./schemas";

export const removeChannelProcedure = roleProcedure("admin")
  .input(ZChannelRef)
  .output(z.object({ channelId: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const before = await getChannel(ctx.db, ctx.organizationId, input.channelId);
    if (!before || !(await deleteChannel(ctx.db, ctx.organizationId, input.channelId))) {
      throw new TRPCError({ code: "NOT_FOUND", message: "Channel not found" });
    }
    await audit(
      ctx,
      "notification-channel.delete",
      { type: "notification_channel", id: before.id },
      { before: auditView(before) },
    );
    return { channelId: before.id };
  });
