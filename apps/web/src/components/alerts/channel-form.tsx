"use client";

import { type FormEvent, useState } from "react";
import { InlineAlert } from "@/components/ui/inline-alert";
import { inputClass, primaryButtonClass } from "@/components/ui/settings-section";
import { SEVERITY_ORDER } from "@/components/ui/severity-badge";

export type Severity = (typeof SEVERITY_ORDER)[number];

/** Add a Slack channel: the URL is sent once and never shown again (only a hint). */
export function ChannelForm({
  isPending,
  error,
  onSubmit,
}: {
  isPending: boolean;
  error: string | null;
  onSubmit: (input: { name: string; webhookUrl: string; minSeverity: Severity }, reset: () => void) => void;
}) {
  const [minSeverity, setMinSeverity] = useState<Severity>("high");
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    onSubmit(
      { name: String(data.get("name") ?? ""), webhookUrl: String(data.get("webhookUrl") ?? ""), minSeverity },
      () => form.reset(),
    );
  }
  return (
    <form onSubmit={submit} aria-label="Add a Slack channel" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-xs font-medium text-slate-700">
          Name
          <input
            name="name"
            required
            maxLength={80}
            placeholder="#security-alerts"
            className={`mt-1 w-48 ${inputClass}`}
          />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-700">
          Incoming webhook URL
          <input
            name="webhookUrl"
            required
            type="url"
            autoComplete="off"
            placeholder="https://hooks.slack.com/services/…"
            className={`mt-1 w-[28rem] font-mono ${inputClass}`}
          />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-700">
          Alert at or above
          <select
            name="minSeverity"
            value={minSeverity}
            onChange={(e) => setMinSeverity(e.target.value as Severity)}
            className={`mt-1 ${inputClass}`}
          >
            {SEVERITY_ORDER.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={isPending} className={primaryButtonClass}>
          {isPending ? "Adding…" : "Add channel"}
        </button>
      </div>
      <p className="text-xs text-slate-500">
        Create an incoming webhook in Slack (Apps → Incoming WebHooks). The URL is stored encrypted and shown
        only as a hint afterwards.
      </p>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
    </form>
  );
}
