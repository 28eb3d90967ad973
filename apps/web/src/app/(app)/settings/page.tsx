import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { requireSession } from "@/server/require-session";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string | string[] }>;
}) {
  await requireSession();
  const me = await (await getServerCaller()).me.get();
  const organization = me.activeOrganization;
  const { tab } = await searchParams;
  return (
    <>
      <PageHeader
        title="Settings"
        description="Your organization, its members and roles, API tokens, the audit log, scan schedules and Slack alerts."
      />
      {organization ? (
        <>
          <dl className="mb-5 grid max-w-2xl grid-cols-[10rem_1fr] gap-y-2 rounded-md border border-slate-200 bg-white px-4 py-3">
            <dt className="text-slate-500">Organization</dt>
            <dd className="font-medium text-slate-900">{organization.name}</dd>
            <dt className="text-slate-500">Slug</dt>
            <dd className="font-mono text-xs text-slate-700">{organization.slug}</dd>
            <dt className="text-slate-500">Your role</dt>
            <dd className="text-slate-700">{organization.role}</dd>
            <dt className="text-slate-500">Automation</dt>
            <dd className="flex gap-4">
              <Link className="text-sky-700 hover:underline" href="/settings/schedules">
                Scan schedules
              </Link>
              <Link className="text-sky-700 hover:underline" href="/settings/alerts">
                Slack alerts
              </Link>
            </dd>
          </dl>
          {/* Keyed by organization: switching tenants starts from fresh state (no stale secret on screen). */}
          <SettingsTabs
            key={organization.id}
            role={organization.role}
            initialTab={typeof tab === "string" ? tab : null}
          />
        </>
      ) : null}
    </>
  );
}
