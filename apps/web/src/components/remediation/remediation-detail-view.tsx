"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatDateTime } from "@/components/ui/format-date";
import { InlineAlert } from "@/components/ui/inline-alert";
import { PanelCard } from "@/components/ui/panel-card";
import { useTRPC } from "@/trpc/react";
import { DiffView } from "./diff-view";
import { OperationsList } from "./operations-list";
import { ProofPanel } from "./proof-panel";
import { KIND_LABELS, RemediationStatusPill } from "./remediation-status";
import { RemediationTimeline } from "./remediation-timeline";
import type { RemediationDetail } from "./types";

const WORKING = new Set(["approved", "running"]);

/** One request: plan, diff, proofs, timeline; approve/reject for another approver, rollback once it succeeded. */
export function RemediationDetailView({ initial }: { initial: RemediationDetail }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState("");
  const detail = useQuery({
    ...trpc.remediation.get.queryOptions({ id: initial.id }),
    initialData: initial,
    // The worker applies an approved request within seconds: follow it until it ends.
    refetchInterval: (query) => (WORKING.has(query.state.data?.status ?? "") ? 1000 : false),
  });
  const r = detail.data ?? initial;
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.remediation.get.queryKey({ id: r.id }) });
  const approve = useMutation(trpc.remediation.approve.mutationOptions({ onSuccess: refresh }));
  const reject = useMutation(trpc.remediation.reject.mutationOptions({ onSuccess: refresh }));
  const rollback = useMutation(
    trpc.remediation.rollback.mutationOptions({ onSuccess: ({ id }) => router.push(`/remediation/${id}`) }),
  );
  const decisionError = approve.error ?? reject.error;
  const isBusy = approve.isPending || reject.isPending;

  return (
    <>
      <nav className="mb-2 text-xs text-slate-500">
        <Link href="/remediation" className="hover:underline">
          Remediation
        </Link>{" "}
        / <span className="font-mono">{r.id}</span>
      </nav>
      <div className="mb-5 flex items-start justify-between gap-4 border-b border-slate-200 pb-4">
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            <RemediationStatusPill status={r.status} />
            <span className="text-xs text-slate-500">{KIND_LABELS[r.kind] ?? r.kind}</span>
          </div>
          <h1 className="mt-1.5 text-lg font-semibold text-slate-900">{r.summary}</h1>
          <p className="mt-0.5 break-all font-mono text-xs text-slate-500">{r.targetArn}</p>
          {r.finding ? (
            <p className="mt-1 text-xs text-slate-600">
              Finding:{" "}
              <Link href={`/findings/${r.finding.id}`} className="text-sky-700 hover:underline">
                {r.finding.title}
              </Link>{" "}
              — <span data-testid="finding-status">{r.finding.status}</span>
            </p>
          ) : null}
          {r.rollbackOfId ? (
            <p className="mt-1 text-xs text-slate-600">
              Rolls back{" "}
              <Link href={`/remediation/${r.rollbackOfId}`} className="text-sky-700 hover:underline">
                request {r.rollbackOfId}
              </Link>
            </p>
          ) : null}
        </div>
        {r.canRollback ? (
          <button
            type="button"
            disabled={rollback.isPending}
            onClick={() => rollback.mutate({ id: r.id })}
            className="shrink-0 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-50"
          >
            Roll back
          </button>
        ) : null}
      </div>
      {rollback.isError ? <InlineAlert>{rollback.error.message}</InlineAlert> : null}

      <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_380px]">
        <div className="space-y-4">
          {r.status === "failed" || r.status === "stale" ? (
            <PanelCard title={r.status === "stale" ? "Aborted: resource changed" : "Failed"}>
              <p className="text-sm text-red-800" data-testid="remediation-error">
                {r.error}
              </p>
            </PanelCard>
          ) : null}
          <PanelCard title="Before → after">
            {r.plan ? (
              <DiffView diff={r.plan.diff} />
            ) : (
              <p className="text-xs text-slate-500">Unreadable plan.</p>
            )}
          </PanelCard>
          {r.plan ? (
            <PanelCard title="IAM calls">
              <OperationsList operations={r.plan.operations} />
            </PanelCard>
          ) : null}
        </div>
        <div className="space-y-4">
          {r.status === "pending" ? (
            <PanelCard title="Decision" testId="decision-panel">
              {r.canDecide ? (
                <div className="space-y-2">
                  <label className="block text-xs font-medium text-slate-600">
                    Comment (required to reject)
                    <textarea
                      className="mt-0.5 w-full rounded border border-slate-300 px-2 py-1 text-sm"
                      rows={2}
                      value={comment}
                      onChange={(e) => setComment(e.target.value)}
                    />
                  </label>
                  <div className="flex gap-2">
                    <button
                      type="button"
                      disabled={isBusy}
                      onClick={() => approve.mutate({ id: r.id, comment: comment || undefined })}
                      className="rounded bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-600 disabled:opacity-50"
                    >
                      Approve
                    </button>
                    <button
                      type="button"
                      disabled={isBusy || comment.trim() === ""}
                      onClick={() => reject.mutate({ id: r.id, comment })}
                      className="rounded border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-50"
                    >
                      Reject
                    </button>
                  </div>
                  {decisionError ? <InlineAlert>{decisionError.message}</InlineAlert> : null}
                </div>
              ) : (
                <p className="text-sm text-slate-600" data-testid="awaiting-approval">
                  {r.isOwnRequest
                    ? "You requested this change: a different approver must review it (four eyes)."
                    : "Waiting for a member with the approver role."}
                </p>
              )}
            </PanelCard>
          ) : null}
          {r.plan ? (
            <PanelCard title="Checks">
              <ProofPanel proof={r.plan.proof} isRollback={r.kind === "rollback"} />
            </PanelCard>
          ) : null}
          <PanelCard title="Timeline">
            <dl className="mb-3 grid grid-cols-[90px_1fr] gap-y-1 text-sm">
              <dt className="text-xs text-slate-500">Requested</dt>
              <dd data-testid="requested-by">
                {r.requestedBy?.name ?? "—"} · {formatDateTime(r.createdAt)}
              </dd>
              <dt className="text-xs text-slate-500">{r.status === "rejected" ? "Rejected" : "Approved"}</dt>
              <dd data-testid="approved-by">
                {r.approvedBy ? `${r.approvedBy.name} · ${formatDateTime(r.decidedAt)}` : "—"}
              </dd>
              <dt className="text-xs text-slate-500">Executed</dt>
              <dd>
                {r.finishedAt ? `worker · ${formatDateTime(r.finishedAt)}` : r.startedAt ? "running…" : "—"}
              </dd>
            </dl>
            {r.requestComment ? (
              <p className="mb-1 text-xs text-slate-600">Request: “{r.requestComment}”</p>
            ) : null}
            {r.decisionComment ? (
              <p className="mb-2 text-xs text-slate-600">Decision: “{r.decisionComment}”</p>
            ) : null}
            <RemediationTimeline entries={r.timeline} />
          </PanelCard>
        </div>
      </div>
    </>
  );
}
