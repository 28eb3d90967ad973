"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatDateTime } from "@/components/ui/format-date";
import { ErrorNotice, LoadingRows } from "@/components/ui/query-states";
import { SettingsSection, subtleButtonClass } from "@/components/ui/settings-section";
import { StatusPill } from "@/components/ui/status-pill";
import { useTRPC } from "@/trpc/react";
import { formatRun } from "./format-run";
import { ScheduleForm } from "./schedule-form";

const NEW_SCHEDULE = { name: "", cron: "0 6 * * 1-5", timezone: "UTC", enabled: true };

/** Scan schedules of the organization (admins): list, create, edit, enable/disable, delete. */
export function SchedulesView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const schedules = useQuery(trpc.schedules.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.schedules.list.queryKey() });
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const create = useMutation(
    trpc.schedules.create.mutationOptions({
      onSuccess: () => {
        setFormKey((k) => k + 1);
        void refresh();
      },
    }),
  );
  const update = useMutation(
    trpc.schedules.update.mutationOptions({
      onSuccess: () => {
        setEditing(null);
        void refresh();
      },
    }),
  );
  const remove = useMutation(trpc.schedules.remove.mutationOptions({ onSuccess: refresh }));

  return (
    <div className="flex flex-col gap-5">
      <SettingsSection
        title="Schedules"
        description="Scans started by the clock. A schedule that fires while a scan of the organization is running is skipped (recorded in the audit log)."
      >
        {schedules.isPending ? (
          <LoadingRows label="Loading schedules" rows={2} />
        ) : schedules.isError ? (
          <ErrorNotice title="Could not load the schedules" message={schedules.error.message} />
        ) : schedules.data.length === 0 ? (
          <p className="text-slate-500">No schedules yet: scans run only when someone starts them.</p>
        ) : (
          <table className="w-full text-left text-sm" aria-label="Scan schedules">
            <thead className="text-xs text-slate-500">
              <tr>
                <th className="py-1 font-medium">Name</th>
                <th className="py-1 font-medium">When</th>
                <th className="py-1 font-medium">Next runs</th>
                <th className="py-1 font-medium">Last run</th>
                <th className="py-1" />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {schedules.data.map((s) =>
                editing === s.id ? (
                  <tr key={s.id}>
                    <td colSpan={5} className="py-3">
                      <ScheduleForm
                        initial={s}
                        submitLabel="Save schedule"
                        isPending={update.isPending}
                        error={update.error?.message ?? null}
                        onSubmit={(draft) => update.mutate({ scheduleId: s.id, ...draft })}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={s.id} data-testid={`schedule-${s.name}`}>
                    <td className="py-2 pr-3 align-top">
                      <div className="font-medium text-slate-900">{s.name}</div>
                      <StatusPill tone={s.enabled ? "green" : "slate"}>
                        {s.enabled ? "enabled" : "disabled"}
                      </StatusPill>
                    </td>
                    <td className="py-2 pr-3 align-top">
                      <code className="font-mono text-xs">{s.cron}</code>
                      <div className="text-xs text-slate-500">{s.timezone}</div>
                    </td>
                    <td className="py-2 pr-3 align-top text-xs text-slate-700">
                      {s.nextRuns.length ? (
                        <ul>
                          {s.nextRuns.map((run) => (
                            <li key={run.toISOString()}>{formatRun(run, s.timezone)}</li>
                          ))}
                        </ul>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className="py-2 pr-3 align-top text-xs text-slate-700">
                      {formatDateTime(s.lastRunAt)}
                    </td>
                    <td className="py-2 align-top">
                      <div className="flex justify-end gap-1">
                        <button type="button" className={subtleButtonClass} onClick={() => setEditing(s.id)}>
                          Edit
                        </button>
                        <button
                          type="button"
                          className={subtleButtonClass}
                          disabled={update.isPending}
                          onClick={() => update.mutate({ scheduleId: s.id, enabled: !s.enabled })}
                        >
                          {s.enabled ? "Disable" : "Enable"}
                        </button>
                        <button
                          type="button"
                          className={subtleButtonClass}
                          disabled={remove.isPending}
                          onClick={() => {
                            if (window.confirm(`Delete the schedule “${s.name}”?`))
                              remove.mutate({ scheduleId: s.id });
                          }}
                        >
                          Delete
                        </button>
                      </div>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        )}
      </SettingsSection>
      <SettingsSection
        title="New schedule"
        description="A five-field cron expression, evaluated in the time zone you pick (daylight saving time included)."
      >
        <ScheduleForm
          key={formKey}
          initial={NEW_SCHEDULE}
          submitLabel="Create schedule"
          isPending={create.isPending}
          error={create.error?.message ?? null}
          onSubmit={(draft) => create.mutate(draft)}
        />
      </SettingsSection>
    </div>
  );
}
