import type { Metadata } from "next";
import { AlertsView } from "@/components/alerts/alerts-view";
import { PageHeader } from "@/components/page-header";
import { requireSession } from "@/server/require-session";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Slack alerts" };

export default async function AlertsPage() {
  await requireSession();
  const me = await (await getServerCaller()).me.get();
  const organization = me.activeOrganization;
  return (
    <>
      <PageHeader
        title="Slack alerts"
        description="Where new findings and pending approvals are posted, and how each delivery went."
      />
      {organization?.role === "admin" ? (
        <AlertsView key={organization.id} />
      ) : (
        <p className="text-slate-500">Only admins manage Slack alerts.</p>
      )}
    </>
  );
}
