"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatDateTime } from "@/components/ui/format-date";
import { InlineAlert } from "@/components/ui/inline-alert";
import { ErrorNotice, LoadingRows } from "@/components/ui/query-states";
import { inputClass, subtleButtonClass } from "@/components/ui/settings-section";
import { SEVERITY_ORDER } from "@/components/ui/severity-badge";
import { StatusPill } from "@/components/ui/status-pill";
import { useTRPC } from "@/trpc/react";
import type { Severity } from "./channel-form";

/** The organization's Slack channels: hint, threshold, status (failing ones with their last error). */
export function ChannelList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const channels = useQuery(trpc.notifications.listChannels.queryOptions());
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.notifications.listChannels.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.notifications.listDeliveries.queryKey() });
  };
  const [testSent, setTestSent] = useState<string | null>(null);
  const update = useMutation(trpc.notifications.updateChannel.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.notifications.removeChannel.mutationOptions({ onSuccess: refresh }));
  const sendTest = useMutation(
    trpc.notifications.sendTest.mutationOptions({
      onSuccess: (_, input) => {
        setTestSent(input.channelId);
        // the worker sends it within a second or two: show the delivery when it is recorded
        setTimeout(refresh, 1_500);
      },
    }),
  );

  if (channels.isPending) return <LoadingRows label="Loading channels" rows={2} />;
  if (channels.isError)
    return <ErrorNotice title="Could not load the channels" message={channels.error.message} />;
  if (channels.data.length === 0)
    return <p className="text-slate-500">No Slack channels yet: scans alert nobody.</p>;

  const error = update.error ?? remove.error ?? sendTest.error;
  return (
    <div className="flex flex-col gap-2">
      {error ? <InlineAlert>{error.message}</InlineAlert> : null}
      <ul className="divide-y divide-slate-100" aria-label="Slack channels">
        {channels.data.map((c) => (
          <li
            key={c.id}
            data-testid={`channel-${c.name}`}
            className={`flex flex-wrap items-start justify-between gap-3 py-2 ${c.status === "failing" ? "-mx-2 rounded bg-red-50 px-2" : ""}`}
          >
            <div className="min-w-0">
              <div className="flex items-center gap-2">
                <span className="font-medium text-slate-900">{c.name}</span>
                <StatusPill tone={c.status === "failing" ? "red" : "green"} testId="channel-status">
                  {c.status}
                </StatusPill>
                {c.enabled ? null : <StatusPill tone="slate">disabled</StatusPill>}
              </div>
              <code className="font-mono text-xs text-slate-500">{c.webhookUrlHint}</code>
              {c.status === "failing" ? (
                <p className="mt-0.5 text-xs text-red-800">
                  Failing since {formatDateTime(c.failingSince)}: {c.lastError ?? "unknown error"}. Check the
                  webhook in Slack, or replace it.
                </p>
              ) : null}
              {testSent === c.id ? (
                <p className="mt-0.5 text-xs text-emerald-700">Test message queued.</p>
              ) : null}
            </div>
            <div className="flex items-center gap-1">
              <label className="flex items-center gap-1 text-xs text-slate-600">
                at or above
                <select
                  aria-label={`Threshold of ${c.name}`}
                  value={c.minSeverity}
                  onChange={(e) =>
                    update.mutate({ channelId: c.id, minSeverity: e.target.value as Severity })
                  }
                  className={`${inputClass} py-0.5 text-xs`}
                >
                  {SEVERITY_ORDER.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className={subtleButtonClass}
                disabled={sendTest.isPending}
                onClick={() => sendTest.mutate({ channelId: c.id })}
              >
                Send test
              </button>
              <button
                type="button"
                className={subtleButtonClass}
                onClick={() => update.mutate({ channelId: c.id, enabled: !c.enabled })}
              >
                {c.enabled ? "Disable" : "Enable"}
              </button>
              <button
                type="button"
                className={subtleButtonClass}
                onClick={() => {
                  if (window.confirm(`Remove ${c.name}? Its delivery history goes with it.`))
                    remove.mutate({ channelId: c.id });
                }}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
