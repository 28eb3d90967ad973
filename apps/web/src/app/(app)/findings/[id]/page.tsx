import { TRPCError } from "@trpc/server";
import { can } from "@trustwatch/api";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceView } from "@/components/findings/evidence-view";
import { ExceptionForm, RevokeExceptionButton } from "@/components/findings/exception-form";
import { formatDateTime, roleHref } from "@/components/ui/format-date";
import { PanelCard } from "@/components/ui/panel-card";
import { FindingStatusBadge, SeverityBadge } from "@/components/ui/severity-badge";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Finding" };

async function load(id: string) {
  const caller = await getServerCaller();
  try {
    const [finding, me] = await Promise.all([caller.findings.get({ id }), caller.me.get()]);
    return { finding, role: me.activeOrganization?.role ?? "viewer" };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  }
}

export default async function FindingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const loaded = await load(id);
  if (!loaded) notFound();
  const { finding, role } = loaded;
  const canManage = can(role, "exception.manage");
  const canRequestFix = can(role, "remediation.request");

  return (
    <>
      <nav className="mb-2 text-xs text-slate-500">
        <Link href="/findings" className="hover:underline">
          Findings
        </Link>{" "}
        / <span className="font-mono">{finding.ruleId}</span>
      </nav>
      <div className="mb-5 flex items-start justify-between gap-4 border-b border-slate-200 pb-4">
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            <SeverityBadge severity={finding.severity} />
            <FindingStatusBadge status={finding.status} />
          </div>
          <h1 className="mt-1.5 text-lg font-semibold text-slate-900">{finding.title}</h1>
          <p className="mt-0.5 text-slate-500">
            {finding.rule?.title ?? finding.ruleId} ·{" "}
            {finding.accountName ? `${finding.accountName} (${finding.accountId})` : finding.accountId}
          </p>
        </div>
        {canRequestFix && finding.status !== "resolved" ? (
          <Link
            href={`/remediation/new?finding=${finding.id}`}
            className="shrink-0 rounded bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-600"
          >
            Request fix
          </Link>
        ) : null}
      </div>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_380px]">
        <div className="space-y-4">
          <PanelCard title="Why it matters">
            <p className="font-mono text-xs text-slate-500">{finding.ruleId}</p>
            <p className="mt-1 text-slate-700">
              {finding.rule?.rationale ?? "This rule is no longer in the catalogue."}
            </p>
            {finding.rule ? (
              <p className="mt-2 rounded border-l-2 border-sky-500 bg-sky-50 px-3 py-2 text-slate-700">
                <span className="font-medium">How to fix: </span>
                {finding.rule.remediationHint}
              </p>
            ) : null}
          </PanelCard>
          <PanelCard title="Evidence">
            <EvidenceView evidence={finding.evidence} />
          </PanelCard>
          <PanelCard title="Resource">
            <p className="text-xs text-slate-500">{finding.resourceType}</p>
            {finding.resourceType === "role" ? (
              <Link
                href={roleHref(finding.resourceArn)}
                className="break-all font-mono text-xs text-sky-700 hover:underline"
              >
                {finding.resourceArn}
              </Link>
            ) : (
              <code className="break-all font-mono text-xs text-slate-800">{finding.resourceArn}</code>
            )}
            {finding.resourceType === "role" ? (
              <p className="mt-1 text-xs text-slate-500">
                Open the role to see its trust policy with this condition highlighted.
              </p>
            ) : null}
          </PanelCard>
        </div>
        <div className="space-y-4">
          <PanelCard title="Timeline">
            <dl className="grid grid-cols-[100px_1fr] gap-y-1 text-sm">
              <dt className="text-xs text-slate-500">First seen</dt>
              <dd>{formatDateTime(finding.firstSeenAt)}</dd>
              <dt className="text-xs text-slate-500">Last seen</dt>
              <dd>{formatDateTime(finding.lastSeenAt)}</dd>
              <dt className="text-xs text-slate-500">Resolved</dt>
              <dd>{finding.resolvedAt ? formatDateTime(finding.resolvedAt) : "not resolved"}</dd>
            </dl>
          </PanelCard>
          {finding.exception ? (
            <PanelCard title="Suppressed by exception" testId="finding-exception">
              <dl className="grid grid-cols-[80px_1fr] gap-y-1 text-sm">
                <dt className="text-xs text-slate-500">Owner</dt>
                <dd>{finding.exception.owner}</dd>
                <dt className="text-xs text-slate-500">Reason</dt>
                <dd>{finding.exception.reason}</dd>
                <dt className="text-xs text-slate-500">Resource</dt>
                <dd className="break-all font-mono text-xs">{finding.exception.resourcePattern}</dd>
                <dt className="text-xs text-slate-500">Expires</dt>
                <dd>{formatDateTime(finding.exception.expiresAt)}</dd>
              </dl>
              {canManage ? (
                <div className="mt-3">
                  <RevokeExceptionButton exceptionId={finding.exception.id} />
                </div>
              ) : null}
            </PanelCard>
          ) : canManage && finding.status === "open" ? (
            <PanelCard title="Add exception">
              <ExceptionForm ruleId={finding.ruleId} resourceArn={finding.resourceArn} />
            </PanelCard>
          ) : null}
        </div>
      </div>
    </>
  );
}
