import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { SchedulesView } from "@/components/schedules/schedules-view";
import { requireSession } from "@/server/require-session";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Scan schedules" };

export default async function SchedulesPage() {
  await requireSession();
  const me = await (await getServerCaller()).me.get();
  const organization = me.activeOrganization;
  return (
    <>
      <PageHeader
        title="Scan schedules"
        description="Scan every account of the organization on a cron schedule, in the time zone of your choice."
      />
      {organization?.role === "admin" ? (
        <SchedulesView key={organization.id} />
      ) : (
        <p className="text-slate-500">Only admins manage scan schedules.</p>
      )}
    </>
  );
}
