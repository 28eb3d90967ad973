"use client";

import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { InlineAlert } from "@/components/ui/inline-alert";
import { PanelCard } from "@/components/ui/panel-card";
import { ErrorNotice, LoadingRows } from "@/components/ui/query-states";
import { useTRPC } from "@/trpc/react";
import { DiffView } from "./diff-view";
import { OperationsList } from "./operations-list";
import { ProofPanel } from "./proof-panel";
import { KIND_LABELS } from "./remediation-status";

const inputClass = "h-8 rounded border border-slate-300 px-2 text-sm";

/**
 * "Fix" on a finding: the plan computed from the current inventory, with the service accounts to
 * trust (tighten-sub), the before/after diff and both proofs; Request stores it for an approver.
 */
export function NewRemediationForm({ findingId }: { findingId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [picked, setPicked] = useState<string[]>([]);
  const [custom, setCustom] = useState("");
  const [comment, setComment] = useState("");
  const preview = useQuery({
    ...trpc.remediation.plan.queryOptions({ findingId, serviceAccounts: picked }),
    placeholderData: keepPreviousData,
  });
  const request = useMutation(
    trpc.remediation.request.mutationOptions({ onSuccess: ({ id }) => router.push(`/remediation/${id}`) }),
  );

  if (preview.isPending) return <LoadingRows label="Planning the fix" />;
  if (preview.isError) return <ErrorNotice title="Could not plan a fix" message={preview.error.message} />;
  const data = preview.data;
  const plan = data.plan;
  const toggle = (subject: string) =>
    setPicked((current) =>
      current.includes(subject) ? current.filter((s) => s !== subject) : [...current, subject],
    );
  const addCustom = () => {
    const value = custom.trim();
    if (value && !picked.includes(value)) setPicked([...picked, value]);
    setCustom("");
  };
  const canRequest = Boolean(plan?.proof.neverWidens && plan.proof.resolvesFinding && !data.activeRequestId);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ findingId, serviceAccounts: picked, comment: comment || undefined });
  };
  const suggested = new Set(data.suggestions.map((s) => s.subject));

  return (
    <form onSubmit={onSubmit} aria-label="Request remediation" className="space-y-4">
      <PanelCard title="Finding">
        <p className="font-medium text-slate-900">{data.finding.title}</p>
        <p className="mt-0.5 font-mono text-xs text-slate-500">
          {data.finding.ruleId} · {data.finding.resourceArn}
        </p>
        <p className="mt-1 text-xs text-slate-600">
          Fix:{" "}
          <span className="font-medium">
            {data.kind ? (KIND_LABELS[data.kind] ?? data.kind) : "none available"}
          </span>
        </p>
      </PanelCard>

      {data.needsServiceAccounts ? (
        <PanelCard title="Service accounts to trust">
          <p className="text-xs text-slate-500">
            Today the role accepts: <code className="font-mono">{data.current.join(", ") || "—"}</code>. Pick
            the service accounts that need it; everything else loses access.
          </p>
          <fieldset className="mt-2 space-y-1" aria-label="Suggested service accounts">
            {data.suggestions.length === 0 ? (
              <p className="text-xs text-slate-500">
                No suggestions from Pod Identity associations: add them below.
              </p>
            ) : null}
            {data.suggestions.map((s) => (
              <label key={s.subject} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={picked.includes(s.subject)}
                  onChange={() => toggle(s.subject)}
                />
                <span className="font-mono text-xs">
                  {s.namespace}/{s.name}
                </span>
                <span className="text-xs text-slate-500">{s.detail}</span>
              </label>
            ))}
            {picked
              .filter((s) => !suggested.has(s))
              .map((s) => (
                <label key={s} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked onChange={() => toggle(s)} />
                  <span className="font-mono text-xs">{s}</span>
                  <span className="text-xs text-slate-500">added by you</span>
                </label>
              ))}
          </fieldset>
          <div className="mt-2 flex items-center gap-2">
            <input
              aria-label="Service account (namespace:name)"
              placeholder="namespace:name"
              className={`${inputClass} w-64 font-mono text-xs`}
              value={custom}
              onChange={(e) => setCustom(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  addCustom();
                }
              }}
            />
            <button
              type="button"
              onClick={addCustom}
              className="rounded border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100"
            >
              Add
            </button>
          </div>
        </PanelCard>
      ) : null}

      {data.error && data.needsServiceAccounts && picked.length === 0 ? (
        <p className="text-sm text-slate-500">Pick at least one service account to see the change.</p>
      ) : data.error ? (
        <InlineAlert>{data.error}</InlineAlert>
      ) : null}

      {plan ? (
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_380px]">
          <PanelCard title="Before → after">
            <p className="mb-2 text-sm font-medium text-slate-900" data-testid="plan-summary">
              {plan.summary}
            </p>
            <DiffView diff={plan.diff} />
          </PanelCard>
          <div className="space-y-4">
            <PanelCard title="Checks" testId="plan-proof">
              <ProofPanel proof={plan.proof} />
            </PanelCard>
            <PanelCard title="IAM calls">
              <OperationsList operations={plan.operations} />
            </PanelCard>
          </div>
        </div>
      ) : null}

      {data.activeRequestId ? (
        <InlineAlert>
          A request on this resource is still open:{" "}
          <Link className="underline" href={`/remediation/${data.activeRequestId}`}>
            open it
          </Link>
          .
        </InlineAlert>
      ) : null}

      <div className="flex items-end gap-3">
        <label className="block flex-1 text-xs font-medium text-slate-600">
          Comment for the approver (optional)
          <textarea
            className="mt-0.5 w-full rounded border border-slate-300 px-2 py-1 text-sm"
            rows={2}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </label>
        <button
          type="submit"
          disabled={!canRequest || request.isPending || preview.isFetching}
          className="h-8 shrink-0 rounded bg-sky-700 px-3 text-sm font-medium text-white hover:bg-sky-600 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {request.isPending ? "Requesting…" : "Request"}
        </button>
      </div>
      {request.isError ? <InlineAlert>{request.error.message}</InlineAlert> : null}
    </form>
  );
}
