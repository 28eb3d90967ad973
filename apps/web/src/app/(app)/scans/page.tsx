import { can } from "@trustwatch/api";
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { ScansView } from "@/components/scans/scans-view";
import { requireSession } from "@/server/require-session";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Scans" };

export default async function ScansPage() {
  await requireSession();
  const me = await (await getServerCaller()).me.get();
  const canRun = me.activeOrganization ? can(me.activeOrganization.role, "scan.start") : false;
  return (
    <>
      <PageHeader
        title="Scans"
        description="Manual and scheduled scans, their progress per account, and accounts that failed."
      />
      <ScansView canRun={canRun} />
    </>
  );
}
