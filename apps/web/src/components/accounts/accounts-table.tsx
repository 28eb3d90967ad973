"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { DataGrid, Td, Th } from "@/components/ui/data-grid";
import { formatDateTime } from "@/components/ui/format-values";
import { ErrorNotice, LoadingRows } from "@/components/ui/query-states";
import { StatusPill, toneOfStatus } from "@/components/ui/status-pill";
import { useTRPC } from "@/trpc/react";

export function AccountsTable({ canManage }: { canManage: boolean }) {
  const trpc = useTRPC();
  const accounts = useQuery(trpc.accounts.list.queryOptions());
  if (accounts.isPending) return <LoadingRows label="Loading accounts" />;
  if (accounts.isError)
    return <ErrorNotice title="Could not load accounts" message={accounts.error.message} />;
  if (accounts.data.length === 0) {
    return (
      <EmptyState
        title="No AWS accounts yet"
        steps={[
          "Deploy the read-only audit role in the account (Add account shows the template).",
          "Register the account with that role's ARN and the regions to scan.",
          "Test the connection and start the first scan.",
        ]}
      >
        {canManage ? (
          <Link href="/accounts/new" className="font-medium text-sky-700 hover:underline">
            Add your first account
          </Link>
        ) : (
          "An administrator of your organization adds accounts."
        )}
      </EmptyState>
    );
  }
  return (
    <DataGrid
      label="AWS accounts"
      head={
        <tr>
          <Th>Account</Th>
          <Th>Status</Th>
          <Th>Regions</Th>
          <Th>Audit role</Th>
          <Th>Last scan</Th>
          <Th>Last error</Th>
        </tr>
      }
    >
      {accounts.data.map((a) => (
        <tr
          key={a.id}
          data-testid={`account-row-${a.accountId}`}
          className={a.status === "disabled" ? "opacity-60" : ""}
        >
          <Td>
            <span className="block font-medium text-slate-900">{a.name}</span>
            <span className="font-mono text-xs text-slate-500">{a.accountId}</span>
            {a.source === "organizations" ? (
              <span className="ml-1 text-xs text-slate-400">(Organizations)</span>
            ) : null}
          </Td>
          <Td>
            <StatusPill tone={toneOfStatus(a.status)}>{a.status}</StatusPill>
          </Td>
          <Td className="text-xs text-slate-600">{a.regions.join(", ")}</Td>
          <Td className="max-w-72 break-all font-mono text-xs text-slate-600">
            {a.auditRoleArn}
            {a.remediationRoleArn ? (
              <span className="mt-0.5 block text-slate-400">+ remediation role</span>
            ) : null}
          </Td>
          <Td className="whitespace-nowrap">
            {a.lastScan ? (
              <>
                <StatusPill tone={toneOfStatus(a.lastScan.status)}>{a.lastScan.status}</StatusPill>
                <span className="mt-0.5 block text-xs text-slate-500">
                  {formatDateTime(a.lastScan.finishedAt ?? a.lastScanAt)}
                </span>
              </>
            ) : (
              <span className="text-slate-400">never</span>
            )}
          </Td>
          <Td className="max-w-96 text-xs text-red-800">
            {a.lastError ?? <span className="text-slate-400">—</span>}
          </Td>
        </tr>
      ))}
    </DataGrid>
  );
}
