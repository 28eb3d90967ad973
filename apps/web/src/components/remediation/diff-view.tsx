import type { DiffLine } from "@trustwatch/core";

const STYLE: Record<DiffLine["type"], { sign: string; className: string }> = {
  same: { sign: " ", className: "text-slate-600" },
  add: { sign: "+", className: "bg-emerald-50 text-emerald-900" },
  remove: { sign: "-", className: "bg-red-50 text-red-900" },
};

/** The before/after documents as a unified line diff (the reviewer's main evidence). */
export function DiffView({ diff }: { diff: DiffLine[] }) {
  if (diff.length === 0) return <p className="text-xs text-slate-500">No document.</p>;
  return (
    <pre
      data-testid="remediation-diff"
      className="max-h-[480px] overflow-auto rounded border border-slate-200 bg-white py-1 font-mono text-xs leading-5"
    >
      {diff.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of a diff have no identity but their position
        <div key={index} className={`px-2 ${STYLE[line.type].className}`} data-diff={line.type}>
          <span aria-hidden className="mr-2 select-none text-slate-400">
            {STYLE[line.type].sign}
          </span>
          {line.text}
        </div>
      ))}
    </pre>
  );
}
