import { createChannel } from "@trustwatch/db";
import { z } from "zod";
import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { auditView, sealWebhookUrl, ZChannel, ZSeverity, ZWebhookUrl } from "./schemas";

export const createChannelProcedure = roleProcedure("admin")
  .input(
    z.object({
      name: z.string().trim().min(1).max(80),
      webhookUrl: ZWebhookUrl,
      minSeverity: ZSeverity,
      enabled: z.boolean().default(true),
    }),
  )
  .output(ZChannel)
  .mutation(async ({ ctx, input }) => {
    const sealed = sealWebhookUrl(ctx.secrets, input.webhookUrl);
    const channel = await createChannel(ctx.db, ctx.organizationId, {
      name: input.name,
      minSeverity: input.minSeverity,
      enabled: input.enabled,
      ...sealed,
    });
    await audit(
      ctx,
      "notification-channel.create",
      { type: "notification_channel", id: channel.id },
      { after: auditView(channel) },
    );
    return channel;
  });
