"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTRPC } from "@/trpc/react";

const DAY = 86_400_000;
const toDateInput = (d: Date) => d.toISOString().slice(0, 10);
const inputClass = "h-8 w-full rounded border border-slate-300 px-2 text-sm";

/** Allow-list this finding's rule on its resource (or an ARN glob) with an owner, reason and expiry. */
export function ExceptionForm({ ruleId, resourceArn }: { ruleId: string; resourceArn: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [today] = useState(() => new Date());
  const [pattern, setPattern] = useState(resourceArn);
  const [owner, setOwner] = useState("");
  const [reason, setReason] = useState("");
  const [expires, setExpires] = useState(() => toDateInput(new Date(today.getTime() + 90 * DAY)));
  const create = useMutation(
    trpc.exceptions.create.mutationOptions({
      onSuccess: () => router.refresh(),
    }),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // End of the chosen day, UTC: "until 2025-06-30" includes that day.
    create.mutate({
      ruleId,
      resourcePattern: pattern,
      owner,
      reason,
      expiresAt: new Date(`${expires}T23:59:59Z`),
    });
  };
  return (
    <form onSubmit={onSubmit} className="space-y-2" aria-label="Add exception">
      <p className="text-xs text-slate-500">
        Suppresses <code className="font-mono">{ruleId}</code> on matching resources until the expiry.
        Suppressed findings stay visible.
      </p>
      <label className="block text-xs font-medium text-slate-600">
        Resource ARN or glob
        <input
          className={`${inputClass} font-mono text-xs`}
          value={pattern}
          onChange={(e) => setPattern(e.target.value)}
          required
        />
      </label>
      <div className="grid grid-cols-2 gap-2">
        <label className="block text-xs font-medium text-slate-600">
          Owner
          <input
            className={inputClass}
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
            placeholder="team or person"
            required
          />
        </label>
        <label className="block text-xs font-medium text-slate-600">
          Expires
          <input
            type="date"
            className={inputClass}
            value={expires}
            min={toDateInput(new Date(today.getTime() + DAY))}
            max={toDateInput(new Date(today.getTime() + 365 * DAY))}
            onChange={(e) => setExpires(e.target.value)}
            required
          />
        </label>
      </div>
      <label className="block text-xs font-medium text-slate-600">
        Reason
        <textarea
          className="w-full rounded border border-slate-300 px-2 py-1 text-sm"
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          minLength={3}
        />
      </label>
      {create.error ? (
        <p role="alert" className="text-xs text-red-700">
          {create.error.message}
        </p>
      ) : null}
      {create.isSuccess ? (
        <p role="status" className="text-xs text-emerald-700">
          Exception added; {create.data.suppressedCount} finding(s) suppressed.
        </p>
      ) : null}
      <button
        type="submit"
        disabled={create.isPending}
        className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50"
      >
        {create.isPending ? "Adding…" : "Add exception"}
      </button>
    </form>
  );
}

/** Revoke the exception suppressing a finding; its findings re-open at once. */
export function RevokeExceptionButton({ exceptionId }: { exceptionId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const revoke = useMutation(trpc.exceptions.revoke.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={() => revoke.mutate({ id: exceptionId })}
        disabled={revoke.isPending}
        className="rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 disabled:opacity-50"
      >
        {revoke.isPending ? "Revoking…" : "Revoke exception"}
      </button>
      {revoke.error ? (
        <span role="alert" className="text-xs text-red-700">
          {revoke.error.message}
        </span>
      ) : null}
    </span>
  );
}
