import type { Severity } from "@trustwatch/core";
import { formatDateTime } from "@/components/ui/format-date";
import { SEVERITY_ORDER, SEVERITY_STYLE } from "@/components/ui/severity-badge";

type Point = { scanId: string; takenAt: Date; score: number } & Record<Severity, number>;

const WIDTH = 640;
const HEIGHT = 180;
const PAD = { left: 32, right: 8, top: 8, bottom: 20 };

/** Open findings per severity at each scan, stacked, as inline SVG. */
export function TrendChart({ points }: { points: Point[] }) {
  if (points.length === 0) return <p className="text-slate-500">The trend appears after the first scan.</p>;
  const totals = points.map((p) => SEVERITY_ORDER.reduce((sum, s) => sum + p[s], 0));
  const max = Math.max(1, ...totals);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  // Stack from the bottom: info first so critical sits on top, where the eye starts.
  const layers = [...SEVERITY_ORDER].reverse();
  const base = points.map(() => 0);
  const areas = layers.map((severity) => {
    const lower = [...base];
    points.forEach((p, i) => {
      base[i] = (base[i] ?? 0) + p[severity];
    });
    const top = points.map((_, i) => `${x(i)},${y(base[i] ?? 0)}`);
    const bottom = points.map((_, i) => `${x(i)},${y(lower[i] ?? 0)}`).reverse();
    return { severity, d: `M${top.join(" L")} L${bottom.join(" L")} Z` };
  });
  const ticks = [0, Math.round(max / 2), max];
  return (
    <figure>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-44 w-full"
        role="img"
        aria-label={`Open findings over the last ${points.length} scans`}
        preserveAspectRatio="none"
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" strokeWidth={1} />
            <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end" fontSize={9} fill="#64748b">
              {t}
            </text>
          </g>
        ))}
        {areas.map((a) => (
          <path key={a.severity} d={a.d} fill={SEVERITY_STYLE[a.severity].stroke} fillOpacity={0.85} />
        ))}
        {points.map((p, i) => (
          <circle key={p.scanId} cx={x(i)} cy={y(totals[i] ?? 0)} r={2.5} fill="#0f172a">
            <title>{`${formatDateTime(p.takenAt)}: ${totals[i]} open, score ${p.score}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="mt-1 flex flex-wrap items-center gap-3 text-xs text-slate-500">
        {SEVERITY_ORDER.map((s) => (
          <span key={s} className="inline-flex items-center gap-1">
            <span className="h-2 w-2 rounded-sm" style={{ background: SEVERITY_STYLE[s].stroke }} />
            {SEVERITY_STYLE[s].label}
          </span>
        ))}
        <span className="ml-auto">
          {formatDateTime(points[0]?.takenAt)} → {formatDateTime(points[points.length - 1]?.takenAt)}
        </span>
      </figcaption>
    </figure>
  );
}
