import { formatDateTime } from "@/components/ui/format-values";
import { StatusPill } from "@/components/ui/status-pill";

type Key = { kid: string; firstSeenAt: Date; lastSeenAt: Date; isCurrent: boolean };

/**
 * Signing keys as Trustwatch saw them: one bar per kid from first to last seen, on a shared time
 * axis, so a rotation shows as a new bar starting where an old one ends.
 */
export function KeyTimeline({ keys, rotationsSeen }: { keys: Key[]; rotationsSeen: number }) {
  if (keys.length === 0) return <p className="text-slate-500">No signing keys seen yet.</p>;
  const start = Math.min(...keys.map((k) => k.firstSeenAt.getTime()));
  const end = Math.max(...keys.map((k) => k.lastSeenAt.getTime()));
  const span = Math.max(end - start, 1);
  return (
    <div data-testid="key-timeline" className="rounded-md border border-slate-200 bg-white p-4">
      <p className="mb-3 text-slate-600">
        {keys.length} key{keys.length === 1 ? "" : "s"} seen · {rotationsSeen} rotation
        {rotationsSeen === 1 ? "" : "s"} observed
      </p>
      <ol className="flex flex-col gap-2">
        {keys.map((k) => {
          const left = ((k.firstSeenAt.getTime() - start) / span) * 100;
          const width = Math.max(((k.lastSeenAt.getTime() - k.firstSeenAt.getTime()) / span) * 100, 1.5);
          return (
            <li key={k.kid} className="grid grid-cols-[16rem_1fr_22rem] items-center gap-3">
              <span className="truncate font-mono text-xs text-slate-800" title={k.kid}>
                {k.kid}
              </span>
              <span className="relative h-2.5 rounded bg-slate-100">
                <span
                  className={`absolute top-0 h-2.5 rounded ${k.isCurrent ? "bg-sky-500" : "bg-slate-400"}`}
                  style={{ left: `${left}%`, width: `${Math.min(width, 100 - left)}%` }}
                />
              </span>
              <span className="flex items-center gap-2 text-xs text-slate-500">
                {formatDateTime(k.firstSeenAt)} → {formatDateTime(k.lastSeenAt)}
                {k.isCurrent ? <StatusPill tone="sky">current</StatusPill> : null}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
