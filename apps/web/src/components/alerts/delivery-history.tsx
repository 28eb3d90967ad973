"use client";

import { useQuery } from "@tanstack/react-query";
import { formatDateTime } from "@/components/ui/format-date";
import { ErrorNotice, LoadingRows } from "@/components/ui/query-states";
import { StatusPill } from "@/components/ui/status-pill";
import { useTRPC } from "@/trpc/react";

const KIND_LABEL: Record<string, string> = {
  "scan.findings": "New findings",
  "remediation.pending": "Approval needed",
  test: "Test",
};

/** The last deliveries to every channel, newest first. */
export function DeliveryHistory() {
  const trpc = useTRPC();
  const deliveries = useQuery({
    ...trpc.notifications.listDeliveries.queryOptions({ limit: 50 }),
    refetchInterval: 5_000,
  });
  if (deliveries.isPending) return <LoadingRows label="Loading deliveries" rows={3} />;
  if (deliveries.isError)
    return <ErrorNotice title="Could not load the deliveries" message={deliveries.error.message} />;
  if (deliveries.data.length === 0) return <p className="text-slate-500">Nothing sent yet.</p>;
  return (
    <table className="w-full text-left text-sm" aria-label="Delivery history">
      <thead className="text-xs text-slate-500">
        <tr>
          <th className="py-1 font-medium">When</th>
          <th className="py-1 font-medium">Channel</th>
          <th className="py-1 font-medium">Message</th>
          <th className="py-1 font-medium">Status</th>
          <th className="py-1 font-medium">Attempts</th>
          <th className="py-1 font-medium">Response</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {deliveries.data.map((d) => (
          <tr key={d.id}>
            <td className="py-1.5 pr-3 text-xs text-slate-700">{formatDateTime(d.createdAt)}</td>
            <td className="py-1.5 pr-3">{d.channelName}</td>
            <td className="py-1.5 pr-3">{KIND_LABEL[d.kind] ?? d.kind}</td>
            <td className="py-1.5 pr-3">
              <StatusPill tone={d.status === "delivered" ? "green" : d.status === "failed" ? "red" : "amber"}>
                {d.status}
              </StatusPill>
            </td>
            <td className="py-1.5 pr-3 text-xs">{d.attempts}</td>
            <td className="py-1.5 text-xs text-slate-600">
              {d.responseCode ?? "—"}
              {d.error ? <span className="ml-1 text-red-700">{d.error}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
