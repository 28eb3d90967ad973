import { SeverityPill } from "@/components/ui/status-pill";

type FindingRef = { id: string; ruleId: string; severity: string; title: string };

export function FindingsList({ findings }: { findings: FindingRef[] }) {
  if (findings.length === 0) return <p className="text-slate-500">No open findings.</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white">
      {findings.map((f) => (
        <li key={f.id} className="flex items-center gap-3 px-3 py-2">
          <SeverityPill severity={f.severity} />
          <span className="font-mono text-xs text-slate-500">{f.ruleId}</span>
          <span className="text-slate-800">{f.title}</span>
        </li>
      ))}
    </ul>
  );
}
