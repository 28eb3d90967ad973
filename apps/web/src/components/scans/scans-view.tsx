"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { EmptyState } from "@/components/empty-state";
import { errorText } from "@/components/ui/format-values";
import { ErrorNotice, LoadingRows } from "@/components/ui/query-states";
import { useTRPC } from "@/trpc/react";
import { ScanHistoryTable } from "./scan-history-table";
import { ScanProgressPanel } from "./scan-progress-panel";

/**
 * The active (or just finished) scan, polled every second while it runs, and the history.
 * Once a scan is seen it stays watched by id, so its final status shows when it ends.
 */
export function ScansView({ canRun }: { canRun: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [watchedId, setWatchedId] = useState<string | undefined>(undefined);
  const progress = useQuery({
    ...trpc.scans.progress.queryOptions(watchedId ? { scanId: watchedId } : undefined),
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.data && !query.state.data.isFinished ? 1000 : watchedId ? false : 5000,
  });
  const history = useQuery({ ...trpc.scans.history.queryOptions(), staleTime: 0 });
  const scan = progress.data ?? null;

  useEffect(() => {
    if (scan && !watchedId) setWatchedId(scan.scanId);
  }, [scan, watchedId]);
  const isFinished = scan?.isFinished ?? false;
  useEffect(() => {
    if (isFinished) void queryClient.invalidateQueries(trpc.scans.history.queryFilter());
  }, [isFinished, queryClient, trpc]);

  const start = useMutation(
    trpc.scans.start.mutationOptions({
      onSuccess: async ({ scanId }) => {
        setWatchedId(scanId);
        await queryClient.invalidateQueries(trpc.scans.pathFilter());
      },
    }),
  );
  const cancel = useMutation(
    trpc.scans.cancel.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.scans.progress.queryFilter()),
    }),
  );
  const isRunning = scan !== null && !scan.isFinished;

  return (
    <div className="flex flex-col gap-5">
      {canRun ? (
        <div className="flex items-center gap-3">
          <button
            type="button"
            disabled={start.isPending || isRunning}
            onClick={() => start.mutate()}
            className="rounded bg-sky-600 px-3 py-1.5 font-medium text-white hover:bg-sky-700 disabled:opacity-50"
          >
            {start.isPending ? "Starting…" : "Start scan"}
          </button>
          {isRunning ? (
            <span className="text-slate-500">A scan is running: one scan per organization at a time.</span>
          ) : null}
          {start.error ? (
            <span role="alert" className="text-red-700">
              {errorText(start.error)}
            </span>
          ) : null}
        </div>
      ) : null}

      {progress.isPending ? <LoadingRows label="Loading scan progress" rows={3} /> : null}
      {progress.isError ? (
        <ErrorNotice title="Could not load scan progress" message={progress.error.message} />
      ) : null}
      {scan ? (
        <ScanProgressPanel
          scan={scan}
          canCancel={canRun && !scan.isFinished && !scan.cancelRequested}
          isCancelling={cancel.isPending}
          cancelError={cancel.error ? errorText(cancel.error) : null}
          onCancel={() => cancel.mutate({ scanId: scan.scanId })}
          onDismiss={scan.isFinished ? () => setWatchedId(undefined) : undefined}
        />
      ) : null}

      <section aria-label="Scan history">
        <h2 className="mb-2 text-sm font-semibold text-slate-900">History</h2>
        {history.isPending ? <LoadingRows label="Loading scan history" /> : null}
        {history.isError ? (
          <ErrorNotice title="Could not load scan history" message={history.error.message} />
        ) : null}
        {history.data && history.data.length === 0 ? (
          <EmptyState
            title="No scans yet"
            steps={[
              "Add an AWS account (Accounts).",
              canRun ? "Start a scan here." : "An analyst or admin starts a scan.",
            ]}
          >
            Each scan shows its status, per-account progress and errors, and the findings it opened and
            resolved.
          </EmptyState>
        ) : null}
        {history.data && history.data.length > 0 ? <ScanHistoryTable scans={history.data} /> : null}
      </section>
    </div>
  );
}
