import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@trustwatch/api";
import { DataGrid, Td, Th } from "@/components/ui/data-grid";
import { formatDateTime, formatDuration } from "@/components/ui/format-values";
import { StatusPill, toneOfStatus } from "@/components/ui/status-pill";

type ScanHistory = inferRouterOutputs<AppRouter>["scans"]["history"];

export function ScanHistoryTable({ scans }: { scans: ScanHistory }) {
  return (
    <DataGrid
      label="Scan history"
      head={
        <tr>
          <Th>Started</Th>
          <Th>Trigger</Th>
          <Th>Status</Th>
          <Th>Duration</Th>
          <Th>Accounts</Th>
          <Th>Findings</Th>
          <Th>Errors</Th>
        </tr>
      }
    >
      {scans.map((s) => (
        <tr key={s.id} data-testid="scan-history-row">
          <Td className="whitespace-nowrap">{formatDateTime(s.startedAt ?? s.createdAt)}</Td>
          <Td>
            <span className="block">{s.trigger}</span>
            {s.requestedBy ? <span className="text-xs text-slate-500">{s.requestedBy}</span> : null}
          </Td>
          <Td>
            <StatusPill tone={toneOfStatus(s.status)}>{s.status}</StatusPill>
          </Td>
          <Td className="whitespace-nowrap">{formatDuration(s.durationMs)}</Td>
          <Td className="whitespace-nowrap">
            {s.accountsDone}/{s.accountsTotal}
            {s.accountsFailed > 0 ? <span className="text-red-700"> · {s.accountsFailed} failed</span> : null}
          </Td>
          <Td className="whitespace-nowrap text-slate-600">
            {s.newFindings === null ? "—" : `+${s.newFindings} new · ${s.resolvedFindings ?? 0} resolved`}
          </Td>
          <Td className="max-w-md text-xs text-red-800">
            {s.error ? <p>{s.error}</p> : null}
            {s.failedAccounts.map((a) => (
              <p key={a.accountId}>
                <span className="font-medium">{a.name}</span>: {a.error ?? "failed"}
              </p>
            ))}
            {!s.error && s.failedAccounts.length === 0 ? <span className="text-slate-400">—</span> : null}
          </Td>
        </tr>
      ))}
    </DataGrid>
  );
}
