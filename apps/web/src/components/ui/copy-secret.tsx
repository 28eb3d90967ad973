"use client";

import { useState } from "react";

/**
 * A value shown exactly once (a token, an invitation link) with a copy button. The parent
 * drops it from state on dismiss, so it is gone from the page as well as from the server.
 */
export function CopySecret({
  label,
  value,
  note,
  onDismiss,
}: {
  label: string;
  value: string;
  note: string;
  onDismiss: () => void;
}) {
  const [isCopied, setIsCopied] = useState(false);
  return (
    <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3">
      <p className="text-xs font-medium text-emerald-900">{label}</p>
      <div className="mt-1.5 flex items-center gap-2">
        <input
          readOnly
          aria-label={label}
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs text-slate-900"
        />
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(value).catch(() => undefined);
            setIsCopied(true);
          }}
          className="rounded border border-emerald-300 bg-white px-2.5 py-1 text-xs font-medium text-emerald-900 hover:bg-emerald-100"
        >
          {isCopied ? "Copied" : "Copy"}
        </button>
        <button
          type="button"
          onClick={onDismiss}
          className="rounded px-2 py-1 text-xs font-medium text-emerald-900 hover:bg-emerald-100"
        >
          Done
        </button>
      </div>
      <p className="mt-1.5 text-xs text-emerald-800">{note}</p>
    </div>
  );
}
