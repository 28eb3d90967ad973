import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminLikeBadge } from "@/components/roles/roles-table";
import { TrustPolicyView } from "@/components/roles/trust-policy-view";
import { WhoCanAssumeList } from "@/components/roles/who-can-assume-list";
import { formatDateTime } from "@/components/ui/format-date";
import { PanelCard } from "@/components/ui/panel-card";
import { FindingStatusBadge, SeverityBadge } from "@/components/ui/severity-badge";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Role" };

async function load(idOrArn: string) {
  const caller = await getServerCaller();
  try {
    return await caller.roles.get({ idOrArn });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export default async function RolePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const role = await load(decodeSegment(id));
  if (!role) notFound();
  const titles = Object.fromEntries(role.findings.map((f) => [f.id, `${f.severity}: ${f.title}`]));
  const open = role.findings.filter((f) => f.status === "open");
  const highlighted = open.filter((f) => f.highlightedLines > 0);

  return (
    <>
      <nav className="mb-2 text-xs text-slate-500">
        <Link href="/roles" className="hover:underline">
          Roles
        </Link>{" "}
        / {role.name}
      </nav>
      <div className="mb-5 border-b border-slate-200 pb-4">
        <div className="flex items-center gap-2">
          <h1 className="text-lg font-semibold text-slate-900">{role.name}</h1>
          {role.isAdminLike ? <AdminLikeBadge /> : null}
          {role.goneAt ? (
            <span className="rounded bg-slate-200 px-1.5 text-xs text-slate-700">gone</span>
          ) : null}
        </div>
        <p className="mt-0.5 break-all font-mono text-xs text-slate-500">{role.arn}</p>
        <p className="mt-1 text-xs text-slate-500">
          {role.accountName ? `${role.accountName} (${role.accountId})` : role.accountId} · max session{" "}
          {Math.round(role.maxSessionDuration / 60)} min · last used {formatDateTime(role.lastUsedAt)} · last
          seen {formatDateTime(role.lastSeenAt)}
        </p>
      </div>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_420px]">
        <div className="space-y-4">
          <PanelCard title="Who can assume it" testId="who-can-assume">
            <WhoCanAssumeList entries={role.trust.whoCanAssume} />
          </PanelCard>
          <PanelCard
            title="Trust policy"
            actions={
              highlighted.length > 0 ? (
                <span className="text-xs text-red-700">
                  {highlighted.length} open finding{highlighted.length === 1 ? "" : "s"} highlighted
                </span>
              ) : null
            }
          >
            {role.trust.policyError ? (
              <p className="mb-2 text-xs text-red-700">
                The policy could not be parsed: {role.trust.policyError}
              </p>
            ) : null}
            <TrustPolicyView lines={role.trust.lines} titles={titles} />
          </PanelCard>
          <PanelCard title={`Findings (${role.findings.length})`} testId="role-findings">
            {role.findings.length === 0 ? (
              <p className="text-slate-500">No findings on this role.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {role.findings.map((f) => (
                  <li key={f.id} className="flex items-center gap-2 py-1.5">
                    <SeverityBadge severity={f.severity} />
                    <Link
                      href={`/findings/${f.id}`}
                      className="min-w-0 flex-1 truncate text-sky-700 hover:underline"
                    >
                      {f.title}
                    </Link>
                    <span className="font-mono text-xs text-slate-500">{f.ruleId}</span>
                    <FindingStatusBadge status={f.status} />
                  </li>
                ))}
              </ul>
            )}
          </PanelCard>
        </div>
        <div className="space-y-4">
          <PanelCard title="Permissions">
            {role.policies.length === 0 ? (
              <p className="text-slate-500">No attached or inline policies.</p>
            ) : (
              <ul className="divide-y divide-slate-100" data-testid="role-policies">
                {role.policies.map((p) => (
                  <li key={`${p.kind}:${p.arn ?? p.name}`} className="py-1.5">
                    <p className="flex items-center gap-2">
                      <span className="font-medium text-slate-900">{p.name}</span>
                      <span className="text-xs text-slate-400">{p.kind}</span>
                      {p.isAdminLike ? <AdminLikeBadge /> : null}
                    </p>
                    {p.reasons.length > 0 ? (
                      <p className="text-xs text-red-700">{p.reasons.join("; ")}</p>
                    ) : null}
                    {p.arn ? <p className="break-all font-mono text-[11px] text-slate-500">{p.arn}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </PanelCard>
          <PanelCard title="Pod Identity associations">
            {role.podIdentityAssociations.length === 0 ? (
              <p className="text-slate-500">No EKS Pod Identity association uses this role.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {role.podIdentityAssociations.map((a) => (
                  <li key={a.associationId} className="py-1.5">
                    <p className="font-mono text-xs text-slate-800">
                      system:serviceaccount:{a.namespace}:{a.serviceAccount}
                    </p>
                    <p className="text-xs text-slate-500">
                      cluster {a.clusterName}
                      {a.isTarget ? " · as the cross-account target role" : ""}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </PanelCard>
        </div>
      </div>
    </>
  );
}
