import type { Proof } from "@trustwatch/core";

function Check({ ok, label, testId }: { ok: boolean; label: string; testId: string }) {
  return (
    <li className="flex items-center gap-2" data-testid={testId} data-ok={ok}>
      <span
        aria-hidden
        className={`inline-flex h-4 w-4 items-center justify-center rounded-full text-[10px] font-bold text-white ${ok ? "bg-emerald-600" : "bg-red-600"}`}
      >
        {ok ? "✓" : "✕"}
      </span>
      <span className={ok ? "text-slate-800" : "font-medium text-red-800"}>{label}</span>
    </li>
  );
}

/** The two proofs core computed for the plan, with the facts behind them and what a reviewer should know. */
export function ProofPanel({ proof, isRollback = false }: { proof: Proof; isRollback?: boolean }) {
  return (
    <div className="space-y-3 text-sm">
      <ul className="space-y-1">
        <Check
          ok={proof.neverWidens}
          testId="proof-never-widens"
          label={proof.neverWidens ? "Never widens access" : "Not proven never to widen access"}
        />
        <Check
          ok={proof.resolvesFinding || isRollback}
          testId="proof-resolves"
          label={
            isRollback
              ? "Rollback: restores the previous document (the finding may reopen)"
              : proof.resolvesFinding
                ? "Resolves the finding (rule re-run on the changed inventory)"
                : "Does not resolve the finding"
          }
        />
      </ul>
      <ul className="list-disc space-y-0.5 pl-5 text-xs text-slate-600">
        {proof.detail.map((line) => (
          <li key={line} className="break-words">
            {line}
          </li>
        ))}
      </ul>
      {proof.notes.length > 0 ? (
        <div className="rounded border-l-2 border-amber-500 bg-amber-50 px-3 py-2 text-xs text-amber-900">
          {proof.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
