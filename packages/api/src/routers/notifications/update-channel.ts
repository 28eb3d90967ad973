import { TRPCError } from "@trpc/server";
import { getChannel, updateChannel } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { auditView, sealWebhookUrl, ZChannel, ZChannelRef, ZSeverity, ZWebhookUrl } from "./schemas";

/** A new URL replaces the old one (and clears the failing state); omitted fields stay. */
export const updateChannelProcedure = roleProcedure("admin")
  .input(
    ZChannelRef.extend({
      name: z.string().trim().min(1).max(80).optional(),
      webhookUrl: ZWebhookUrl.optional(),
      minSeverity: ZSeverity.optional(),
      enabled: z.boolean().optional(),
    }),
  )
  .output(ZChannel)
  .mutation(async ({ ctx, input }) => {
    const { channelId, webhookUrl, ...change } = input;
    const before = await getChannel(ctx.db, ctx.organizationId, channelId);
    if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "Channel not found" });
    const sealed = webhookUrl ? sealWebhookUrl(ctx.secrets, webhookUrl) : {};
    const channel = await updateChannel(ctx.db, ctx.organizationId, channelId, { ...change, ...sealed });
    if (!channel) throw new TRPCError({ code: "NOT_FOUND", message: "Channel not found" });
    await audit(
      ctx,
      "notification-channel.update",
      { type: "notification_channel", id: channel.id },
      { before: auditView(before), after: { ...auditView(channel), isUrlChanged: Boolean(webhookUrl) } },
    );
    return channel;
  });
