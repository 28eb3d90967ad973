/** A thin progress bar with an accessible value (0–100). */
export function ProgressMeter({
  value,
  label,
  tone = "sky",
}: {
  value: number;
  label: string;
  tone?: "sky" | "red" | "green";
}) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  const color = tone === "red" ? "bg-red-500" : tone === "green" ? "bg-emerald-500" : "bg-sky-500";
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      className="h-1.5 w-full min-w-16 overflow-hidden rounded-full bg-slate-200"
    >
      <div
        className={`h-full rounded-full transition-[width] duration-500 ${color}`}
        style={{ width: `${clamped}%` }}
      />
    </div>
  );
}
