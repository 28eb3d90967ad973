import { StatusPill } from "@/components/ui/status-pill";

/** Stored thumbprints against the issuer's observed top-intermediate thumbprint. */
export function ThumbprintCell({
  thumbprints,
  observed,
  status,
}: {
  thumbprints: string[];
  observed: string | null;
  status: string;
}) {
  return (
    <div className="font-mono text-xs">
      {thumbprints.map((t) => (
        <span
          key={t}
          className={`block ${observed && t.toLowerCase() === observed.toLowerCase() ? "text-emerald-700" : "text-slate-600"}`}
        >
          {t}
        </span>
      ))}
      {status === "drift" ? (
        <span className="mt-0.5 block font-sans">
          <StatusPill tone="amber">drift</StatusPill>{" "}
          <span className="text-slate-500">observed {observed}</span>
        </span>
      ) : null}
      {status === "unknown" ? (
        <span className="block font-sans text-slate-400">issuer not probed</span>
      ) : null}
    </div>
  );
}
