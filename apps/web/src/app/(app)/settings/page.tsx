import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requireSession } from "@/server/require-session";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireSession();
  const me = await (await getServerCaller()).me.get();
  const organization = me.activeOrganization;
  return (
    <>
      <PageHeader
        title="Settings"
        description="Your organization, its members and roles, API tokens, Slack alerts and scan schedules."
      />
      {organization ? (
        <dl className="mb-5 grid max-w-2xl grid-cols-[10rem_1fr] gap-y-2 rounded-md border border-slate-200 bg-white px-4 py-3">
          <dt className="text-slate-500">Organization</dt>
          <dd className="font-medium text-slate-900">{organization.name}</dd>
          <dt className="text-slate-500">Slug</dt>
          <dd className="font-mono text-xs text-slate-700">{organization.slug}</dd>
          <dt className="text-slate-500">Your role</dt>
          <dd className="text-slate-700">{organization.role}</dd>
        </dl>
      ) : null}
      <EmptyState title="Nothing else to configure yet">
        Inviting members and changing their roles, API tokens for automation, Slack alert channels and scan
        schedules will be managed here.
      </EmptyState>
    </>
  );
}
