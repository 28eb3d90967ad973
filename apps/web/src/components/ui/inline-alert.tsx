import type { ReactNode } from "react";

/** An error (or a refusal) next to the control that caused it. */
export function InlineAlert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded border border-red-200 bg-red-50 px-2.5 py-1.5 text-xs text-red-800">
      {children}
    </p>
  );
}
