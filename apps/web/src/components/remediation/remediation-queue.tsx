import Link from "next/link";
import { DataGrid, Td, Th } from "@/components/ui/data-grid";
import { formatDateTime } from "@/components/ui/format-date";
import { KIND_LABELS, RemediationStatusPill } from "./remediation-status";
import type { RemediationList, RemediationTab } from "./types";

const TABS: { tab: RemediationTab; label: string }[] = [
  { tab: "pending", label: "Pending" },
  { tab: "approved", label: "Approved" },
  { tab: "running", label: "Running" },
  { tab: "done", label: "Done" },
  { tab: "failed", label: "Failed, stale, rejected" },
];

export function RemediationTabs({
  active,
  counts,
}: {
  active: RemediationTab;
  counts: RemediationList["counts"];
}) {
  return (
    <nav aria-label="Remediation status" className="mb-3 flex gap-1 border-b border-slate-200">
      {TABS.map(({ tab, label }) => (
        <Link
          key={tab}
          href={`/remediation?tab=${tab}`}
          aria-current={tab === active ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${
            tab === active
              ? "border-sky-700 font-medium text-slate-900"
              : "border-transparent text-slate-500 hover:text-slate-800"
          }`}
        >
          {label}{" "}
          <span className="ml-0.5 rounded bg-slate-100 px-1 text-xs text-slate-600">{counts[tab]}</span>
        </Link>
      ))}
    </nav>
  );
}

/** One tab of the queue: what changes, on which resource, who asked and who decided. */
export function RemediationQueueTable({ items }: { items: RemediationList["items"] }) {
  return (
    <DataGrid
      label="Remediation requests"
      head={
        <tr>
          <Th>Status</Th>
          <Th>Change</Th>
          <Th>Resource</Th>
          <Th>Requested</Th>
          <Th>Decided</Th>
        </tr>
      }
    >
      {items.map((r) => (
        <tr key={r.id} className="hover:bg-slate-50">
          <Td>
            <RemediationStatusPill status={r.status} />
          </Td>
          <Td>
            <Link href={`/remediation/${r.id}`} className="font-medium text-sky-700 hover:underline">
              {r.summary}
            </Link>
            <div className="text-xs text-slate-500">
              {KIND_LABELS[r.kind] ?? r.kind}
              {r.finding ? ` · ${r.finding.ruleId}` : ""}
            </div>
          </Td>
          <Td className="max-w-[360px] break-all font-mono text-xs text-slate-600">{r.targetArn}</Td>
          <Td className="whitespace-nowrap text-xs">
            {r.requestedBy?.name ?? "—"}
            <div className="text-slate-500">{formatDateTime(r.createdAt)}</div>
          </Td>
          <Td className="whitespace-nowrap text-xs">
            {r.approvedBy?.name ?? "—"}
            <div className="text-slate-500">{r.decidedAt ? formatDateTime(r.decidedAt) : ""}</div>
          </Td>
        </tr>
      ))}
    </DataGrid>
  );
}
