import type { Metadata } from "next";
import Link from "next/link";
import { FindingsList } from "@/components/clusters/findings-list";
import { KeyTimeline } from "@/components/clusters/key-timeline";
import { loadOrNotFound } from "@/components/clusters/load-or-not-found";
import { ProviderStatusPill } from "@/components/clusters/provider-status-pill";
import { TrustingRolesTable } from "@/components/clusters/trusting-roles-table";
import { PageHeader } from "@/components/page-header";
import { DataGrid, DetailSection, Td, Th } from "@/components/ui/data-grid";
import { formatDateTime } from "@/components/ui/format-values";
import { StatusPill } from "@/components/ui/status-pill";
import { requireSession } from "@/server/require-session";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Cluster" };

export default async function ClusterPage({ params }: { params: Promise<{ id: string }> }) {
  await requireSession();
  const { id } = await params;
  const caller = await getServerCaller();
  const c = await loadOrNotFound(() => caller.clusters.get({ id }));
  return (
    <>
      <PageHeader
        title={c.name}
        description={`EKS cluster in ${c.accountId} · ${c.region}${c.version ? ` · Kubernetes ${c.version}` : ""}`}
        actions={
          <Link
            href="/clusters"
            className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50"
          >
            All clusters
          </Link>
        }
      />
      <dl className="mb-5 grid grid-cols-[10rem_1fr] gap-y-2 rounded-md border border-slate-200 bg-white px-4 py-3">
        <dt className="text-slate-500">Cluster ARN</dt>
        <dd className="font-mono text-xs text-slate-700">{c.arn}</dd>
        <dt className="text-slate-500">OIDC issuer</dt>
        <dd className="font-mono text-xs text-slate-700">{c.issuerUrl ?? "none"}</dd>
        <dt className="text-slate-500">IRSA provider</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <ProviderStatusPill status={c.providerStatus} />
          {c.providerReasons.map((r) => (
            <span key={r} className="text-xs text-slate-600">
              {r}
            </span>
          ))}
        </dd>
        <dt className="text-slate-500">Issuer probe</dt>
        <dd className="text-slate-700">
          {c.issuer ? (
            <>
              <StatusPill tone={c.issuer.reachable ? "green" : "red"}>
                {c.issuer.reachable ? "reachable" : "unreachable"}
              </StatusPill>{" "}
              <span className="text-xs text-slate-500">
                probed {formatDateTime(c.issuer.probedAt)} · top intermediate thumbprint{" "}
                <span className="font-mono">{c.issuer.topIntermediateThumbprint ?? "—"}</span>
                {c.issuer.error ? ` · ${c.issuer.error}` : ""}
              </span>
            </>
          ) : (
            <span className="text-slate-500">not probed yet</span>
          )}
        </dd>
        <dt className="text-slate-500">Authentication</dt>
        <dd className="text-slate-700">{c.authenticationMode ?? "—"}</dd>
      </dl>

      <DetailSection
        title="Signing-key timeline"
        description="Key ids the issuer's JWKS served, first and last seen. EKS rotates its signing key about every 7 days."
        testId="signing-keys"
      >
        {c.issuer ? (
          <KeyTimeline keys={c.issuer.keys} rotationsSeen={c.issuer.rotationsSeen} />
        ) : (
          <p className="text-slate-500">No probe yet.</p>
        )}
      </DetailSection>

      <DetailSection
        title="IAM OIDC providers"
        description="Providers for this issuer in any scanned account (cross-account IRSA included)."
      >
        {c.providers.length === 0 ? (
          <p className="text-slate-500">No IAM OIDC provider trusts this issuer: IRSA is not enabled.</p>
        ) : (
          <DataGrid
            label="Providers for this issuer"
            head={
              <tr>
                <Th>Provider</Th>
                <Th>Audiences</Th>
                <Th>Thumbprints</Th>
              </tr>
            }
          >
            {c.providers.map((p) => (
              <tr key={p.id}>
                <Td>
                  <Link
                    href={`/providers/${p.id}`}
                    className="break-all font-mono text-xs text-sky-700 hover:underline"
                  >
                    {p.arn}
                  </Link>
                </Td>
                <Td className="text-xs">
                  {p.clientIds.join(", ") || "—"}
                  {p.audienceProblems.map((a) => (
                    <span key={a} className="block text-amber-800">
                      {a}
                    </span>
                  ))}
                </Td>
                <Td className="font-mono text-xs">
                  {p.thumbprints.join(", ") || "—"}
                  {p.thumbprintMatches === false ? (
                    <span className="block font-sans text-amber-800">lacks the observed thumbprint</span>
                  ) : null}
                </Td>
              </tr>
            ))}
          </DataGrid>
        )}
      </DetailSection>

      <DetailSection
        title="Roles trusting this issuer"
        description="From each role's trust policy: which service accounts can assume it."
      >
        <TrustingRolesTable roles={c.trustingRoles} empty="No IAM role trusts this issuer." />
      </DetailSection>

      <DetailSection title="Pod Identity associations">
        {c.podIdentityAssociations.length === 0 ? (
          <p className="text-slate-500">No EKS Pod Identity associations.</p>
        ) : (
          <DataGrid
            label="Pod Identity associations"
            head={
              <tr>
                <Th>Service account</Th>
                <Th>Role</Th>
                <Th>Target role</Th>
              </tr>
            }
          >
            {c.podIdentityAssociations.map((a) => (
              <tr key={a.id}>
                <Td className="font-mono text-xs">
                  {a.namespace}/{a.serviceAccount}
                </Td>
                <Td className="break-all font-mono text-xs">{a.roleArn}</Td>
                <Td className="break-all font-mono text-xs">{a.targetRoleArn ?? "—"}</Td>
              </tr>
            ))}
          </DataGrid>
        )}
      </DetailSection>

      <DetailSection
        title="User sign-in identity providers"
        description="OIDC identity provider configs that sign people in to the Kubernetes API."
      >
        {c.identityProviderConfigs.length === 0 ? (
          <p className="text-slate-500">None configured.</p>
        ) : (
          <DataGrid
            label="Identity provider configs"
            head={
              <tr>
                <Th>Name</Th>
                <Th>Issuer</Th>
                <Th>Client id</Th>
                <Th>Claims</Th>
                <Th>Status</Th>
              </tr>
            }
          >
            {c.identityProviderConfigs.map((i) => (
              <tr key={i.id}>
                <Td className="font-medium">{i.name}</Td>
                <Td className="break-all font-mono text-xs">{i.issuerUrl}</Td>
                <Td className="font-mono text-xs">{i.clientId}</Td>
                <Td className="text-xs text-slate-600">
                  user: {i.usernameClaim ?? "—"} · groups: {i.groupsClaim ?? "—"}
                </Td>
                <Td className="text-xs">{i.status}</Td>
              </tr>
            ))}
          </DataGrid>
        )}
      </DetailSection>

      <DetailSection title="Open findings">
        <FindingsList findings={c.findings} />
      </DetailSection>
    </>
  );
}
