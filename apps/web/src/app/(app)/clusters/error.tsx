"use client";

import { ErrorNotice } from "@/components/ui/query-states";

export default function ClustersError({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div className="flex flex-col items-start gap-3">
      <ErrorNotice title="Could not load clusters" message={error.message} />
      <button
        type="button"
        onClick={reset}
        className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
      >
        Try again
      </button>
    </div>
  );
}
