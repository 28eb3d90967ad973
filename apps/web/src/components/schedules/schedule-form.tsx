"use client";

import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useDeferredValue, useState } from "react";
import { InlineAlert } from "@/components/ui/inline-alert";
import { inputClass, primaryButtonClass, subtleButtonClass } from "@/components/ui/settings-section";
import { useTRPC } from "@/trpc/react";
import { CRON_EXAMPLES, formatRun, timeZones } from "./format-run";

export type ScheduleDraft = { name: string; cron: string; timezone: string; enabled: boolean };

/** Create or edit a schedule; the next three runs are previewed as the expression is typed. */
export function ScheduleForm({
  initial,
  submitLabel,
  isPending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: ScheduleDraft;
  submitLabel: string;
  isPending: boolean;
  error: string | null;
  onSubmit: (draft: ScheduleDraft) => void;
  onCancel?: () => void;
}) {
  const trpc = useTRPC();
  const [draft, setDraft] = useState(initial);
  const [zones] = useState(timeZones);
  const deferred = useDeferredValue({ cron: draft.cron, timezone: draft.timezone });
  const preview = useQuery({
    ...trpc.schedules.preview.queryOptions(deferred),
    enabled: deferred.cron.trim().length > 0,
    placeholderData: (previous) => previous,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({ ...draft, cron: draft.cron.trim(), name: draft.name.trim() });
  }

  return (
    <form onSubmit={submit} aria-label={submitLabel} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-xs font-medium text-slate-700">
          Name
          <input
            name="name"
            required
            maxLength={80}
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            placeholder="Weekday mornings"
            className={`mt-1 w-56 ${inputClass}`}
          />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-700">
          Cron expression
          <input
            name="cron"
            required
            value={draft.cron}
            onChange={(e) => setDraft({ ...draft, cron: e.target.value })}
            placeholder="0 6 * * 1-5"
            spellCheck={false}
            className={`mt-1 w-44 font-mono ${inputClass}`}
          />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-700">
          Time zone
          <select
            name="timezone"
            value={draft.timezone}
            onChange={(e) => setDraft({ ...draft, timezone: e.target.value })}
            className={`mt-1 w-56 ${inputClass}`}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1.5 pb-1 text-xs font-medium text-slate-700">
          <input
            type="checkbox"
            name="enabled"
            checked={draft.enabled}
            onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })}
          />
          Enabled
        </label>
      </div>
      <p className="text-xs text-slate-500">
        Minute, hour, day of month, month, day of week. Examples:{" "}
        {CRON_EXAMPLES.map((example, i) => (
          <span key={example.cron}>
            {i > 0 ? ", " : ""}
            <button
              type="button"
              className="font-mono text-sky-700 hover:underline"
              onClick={() => setDraft({ ...draft, cron: example.cron })}
            >
              {example.cron}
            </button>{" "}
            ({example.label})
          </span>
        ))}
        .
      </p>
      <section
        aria-label="Next runs"
        className="rounded border border-slate-200 bg-slate-50 px-3 py-2 text-xs"
      >
        <h3 className="font-medium text-slate-700">Next runs</h3>
        {preview.data?.ok === false ? (
          <p className="mt-1 text-red-700">{preview.data.error}</p>
        ) : preview.data?.ok ? (
          <ol className="mt-1 list-decimal pl-5 text-slate-700" data-testid="next-runs">
            {preview.data.nextRuns.map((run) => (
              <li key={run.toISOString()}>{formatRun(run, draft.timezone)}</li>
            ))}
          </ol>
        ) : (
          <p className="mt-1 text-slate-500">Type an expression to see when it runs.</p>
        )}
      </section>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
      <div className="flex gap-2">
        <button type="submit" disabled={isPending} className={primaryButtonClass}>
          {isPending ? "Saving…" : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} className={subtleButtonClass}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
