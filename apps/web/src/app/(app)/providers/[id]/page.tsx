import type { Metadata } from "next";
import Link from "next/link";
import { FindingsList } from "@/components/clusters/findings-list";
import { KeyTimeline } from "@/components/clusters/key-timeline";
import { loadOrNotFound } from "@/components/clusters/load-or-not-found";
import { TrustingRolesTable } from "@/components/clusters/trusting-roles-table";
import { PageHeader } from "@/components/page-header";
import { ThumbprintCell } from "@/components/providers/thumbprint-cell";
import { DetailSection } from "@/components/ui/data-grid";
import { formatDateTime } from "@/components/ui/format-values";
import { StatusPill } from "@/components/ui/status-pill";
import { requireSession } from "@/server/require-session";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Provider" };

export default async function ProviderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireSession();
  const { id } = await params;
  const caller = await getServerCaller();
  const p = await loadOrNotFound(() => caller.providers.get({ id }));
  return (
    <>
      <PageHeader
        title={p.url}
        description={`IAM OIDC provider in account ${p.accountId}`}
        actions={
          <Link
            href="/providers"
            className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50"
          >
            All providers
          </Link>
        }
      />
      {p.isOrphaned ? (
        <div
          role="alert"
          data-testid="orphaned-banner"
          className="mb-5 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900 shadow-[inset_4px_0_0_var(--color-red-500)]"
        >
          <p className="font-semibold">Orphaned provider</p>
          <p className="mt-0.5">
            {p.orphanedEvidence ?? "Its cluster exists in no scanned account."}{" "}
            {p.trustingRoles.length > 0
              ? `${p.trustingRoles.length} role${p.trustingRoles.length === 1 ? " still trusts" : "s still trust"} it: remove those trust statements, then delete the provider.`
              : "No role trusts it: it can be deleted."}
          </p>
        </div>
      ) : null}
      <dl className="mb-5 grid grid-cols-[11rem_1fr] gap-y-2 rounded-md border border-slate-200 bg-white px-4 py-3">
        <dt className="text-slate-500">ARN</dt>
        <dd className="font-mono text-xs text-slate-700">{p.arn}</dd>
        <dt className="text-slate-500">Audiences (client ids)</dt>
        <dd className="text-slate-700">
          {p.clientIds.join(", ") || "—"}
          {p.audienceProblems.map((a) => (
            <span key={a} className="ml-2 text-xs text-amber-800">
              {a}
            </span>
          ))}
        </dd>
        <dt className="text-slate-500">Thumbprints</dt>
        <dd>
          <ThumbprintCell
            thumbprints={p.thumbprints}
            observed={p.observedThumbprint}
            status={p.thumbprintStatus}
          />
        </dd>
        <dt className="text-slate-500">Clusters</dt>
        <dd className="text-slate-700">
          {p.clusters.length
            ? p.clusters.map((c) => (
                <Link key={c.id} href={`/clusters/${c.id}`} className="mr-2 text-sky-700 hover:underline">
                  {c.name}
                </Link>
              ))
            : "none in any scanned account"}
        </dd>
        <dt className="text-slate-500">Issuer</dt>
        <dd className="text-slate-700">
          {p.issuer ? (
            <>
              <StatusPill tone={p.issuer.reachable ? "green" : "red"}>
                {p.issuer.reachable ? "reachable" : "unreachable"}
              </StatusPill>{" "}
              <span className="text-xs text-slate-500">
                probed {formatDateTime(p.issuer.probedAt)}
                {p.issuer.error ? ` · ${p.issuer.error}` : ""}
              </span>
            </>
          ) : (
            <span className="text-slate-500">not probed (no scan saw it in use)</span>
          )}
        </dd>
        <dt className="text-slate-500">Seen</dt>
        <dd className="text-slate-700">
          {formatDateTime(p.firstSeenAt)} → {formatDateTime(p.lastSeenAt)}
        </dd>
      </dl>
      <DetailSection title="Roles that trust this provider" testId="provider-trusting-roles">
        <TrustingRolesTable roles={p.trustingRoles} empty="No IAM role trusts this provider." />
      </DetailSection>
      {p.issuer ? (
        <DetailSection title="Signing-key timeline">
          <KeyTimeline keys={p.issuer.keys} rotationsSeen={p.issuer.rotationsSeen} />
        </DetailSection>
      ) : null}
      <DetailSection title="Open findings">
        <FindingsList findings={p.findings} />
      </DetailSection>
    </>
  );
}
