import type { ReactNode } from "react";

// Evidence keys in the order a reader needs them, with plain labels; others follow as recorded.
const LABELS: Record<string, string> = {
  roleName: "Role",
  issuer: "Issuer",
  providerArn: "Trusted provider",
  multiTenantIssuer: "Multi-tenant issuer",
  statementIndex: "Statement",
  statementIndexes: "Statements",
  operator: "Condition operator",
  key: "Condition key",
  values: "Condition values",
  patterns: "Subject patterns",
  path: "Location in the policy",
  clusterArn: "Cluster",
  change: "Change",
  before: "Before",
  after: "After",
  adminLike: "Admin-like permissions",
  baseSeverity: "Severity before escalation",
};

function renderValue(key: string, value: unknown): ReactNode {
  if (value === null || value === undefined) return <span className="text-slate-400">—</span>;
  if (
    (key === "statementIndex" || key === "statementIndexes") &&
    (typeof value === "number" || Array.isArray(value))
  ) {
    const list = Array.isArray(value) ? value : [value];
    return list.map((i) => `Statement[${String(i)}]`).join(", ");
  }
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) {
    if (value.length === 0) return <span className="text-slate-400">none</span>;
    return (
      <span className="flex flex-wrap gap-1">
        {value.map((v) => (
          <code key={String(v)} className="rounded bg-slate-100 px-1 py-px font-mono text-xs text-slate-800">
            {String(v)}
          </code>
        ))}
      </span>
    );
  }
  if (typeof value === "object") {
    return (
      <pre className="max-h-72 overflow-auto rounded bg-slate-50 p-2 font-mono text-xs text-slate-700">
        {JSON.stringify(value, null, 2)}
      </pre>
    );
  }
  if (typeof value === "string" && (value.startsWith("arn:") || value.includes("/") || value.includes(":"))) {
    return <code className="break-all font-mono text-xs text-slate-800">{value}</code>;
  }
  return String(value);
}

/** A finding's evidence as a readable definition list: statement, condition key/operator/values, issuer… */
export function EvidenceView({ evidence }: { evidence: Record<string, unknown> }) {
  const keys = [
    ...Object.keys(LABELS).filter((k) => k in evidence),
    ...Object.keys(evidence).filter((k) => !(k in LABELS)),
  ];
  if (keys.length === 0) return <p className="text-slate-500">No evidence recorded.</p>;
  return (
    <dl className="grid grid-cols-[180px_1fr] gap-x-4 gap-y-2" data-testid="evidence">
      {keys.map((k) => (
        <div key={k} className="contents">
          <dt className="text-xs font-medium text-slate-500">{LABELS[k] ?? k}</dt>
          <dd className="min-w-0 text-slate-800">{renderValue(k, evidence[k])}</dd>
        </div>
      ))}
    </dl>
  );
}
