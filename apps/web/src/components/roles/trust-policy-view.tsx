type Line = { text: string; findingIds: string[] };

/**
 * The trust policy as numbered lines; lines an open finding points at are highlighted and
 * titled with the finding, so a reader sees exactly which condition is the problem.
 */
export function TrustPolicyView({ lines, titles }: { lines: Line[]; titles: Record<string, string> }) {
  return (
    <div
      className="overflow-x-auto rounded border border-slate-200 bg-slate-950 py-2"
      data-testid="trust-policy"
    >
      <pre className="font-mono text-xs leading-5">
        {lines.map((line, i) => {
          const isRisky = line.findingIds.length > 0;
          return (
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
              key={i}
              data-highlighted={isRisky ? "true" : undefined}
              title={isRisky ? line.findingIds.map((id) => titles[id] ?? id).join("\n") : undefined}
              className={`flex pr-4 ${isRisky ? "bg-red-500/25 shadow-[inset_3px_0_0_var(--color-red-500)]" : ""}`}
            >
              <span className="w-10 shrink-0 select-none pr-3 text-right text-slate-500">{i + 1}</span>
              <span
                className={`min-w-0 whitespace-pre-wrap break-all ${isRisky ? "text-red-100" : "text-slate-200"}`}
              >
                {line.text}
              </span>
            </div>
          );
        })}
      </pre>
    </div>
  );
}
