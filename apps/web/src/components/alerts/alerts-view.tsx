"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { SettingsSection } from "@/components/ui/settings-section";
import { useTRPC } from "@/trpc/react";
import { ChannelForm } from "./channel-form";
import { ChannelList } from "./channel-list";
import { DeliveryHistory } from "./delivery-history";

/** Slack alerts (admins): channels, their thresholds and health, and what was sent. */
export function AlertsView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.notifications.createChannel.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.notifications.listChannels.queryKey() }),
    }),
  );
  return (
    <div className="flex flex-col gap-5">
      <SettingsSection
        title="Slack channels"
        description="After each scan, one message per channel lists the new findings at or above its threshold (a finding is announced once). Remediation requests waiting for approval are posted too."
      >
        <ChannelList />
      </SettingsSection>
      <SettingsSection
        title="Add a Slack channel"
        description="An incoming webhook URL and the lowest severity worth a message."
      >
        <ChannelForm
          isPending={create.isPending}
          error={create.error?.message ?? null}
          onSubmit={(input, reset) => create.mutate(input, { onSuccess: reset })}
        />
      </SettingsSection>
      <SettingsSection title="Delivery history" description="The last 50 messages, with Slack's answer.">
        <DeliveryHistory />
      </SettingsSection>
    </div>
  );
}
