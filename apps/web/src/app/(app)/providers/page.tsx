import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { ThumbprintCell } from "@/components/providers/thumbprint-cell";
import { DataGrid, Td, Th } from "@/components/ui/data-grid";
import { SeverityPill, StatusPill } from "@/components/ui/status-pill";
import { requireSession } from "@/server/require-session";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Providers" };

export default async function ProvidersPage() {
  await requireSession();
  const providers = await (await getServerCaller()).providers.list();
  const orphaned = providers.filter((p) => p.isOrphaned).length;
  return (
    <>
      <PageHeader
        title="Providers"
        description="IAM OpenID Connect providers: audiences and thumbprints against what each issuer serves, and orphaned providers."
      />
      {providers.length === 0 ? (
        <EmptyState
          title="No OIDC providers yet"
          steps={["Add an AWS account (Accounts).", "Run a scan (Scans)."]}
        >
          Every IAM OIDC provider (EKS clusters, GitHub Actions, GitLab, Terraform Cloud…) a scan finds is
          listed here.
        </EmptyState>
      ) : (
        <>
          {orphaned > 0 ? (
            <p
              role="status"
              className="mb-3 rounded-md border border-red-200 bg-red-50 px-4 py-2 text-red-900"
            >
              {orphaned} orphaned provider{orphaned === 1 ? "" : "s"}: the cluster is gone from every scanned
              account but the trust anchor remains.
            </p>
          ) : null}
          <DataGrid
            label="OIDC providers"
            head={
              <tr>
                <Th>Provider URL</Th>
                <Th>Account</Th>
                <Th>Audiences</Th>
                <Th>Thumbprints</Th>
                <Th>Clusters</Th>
                <Th>Findings</Th>
              </tr>
            }
          >
            {providers.map((p) => (
              <tr
                key={p.id}
                data-testid={p.isOrphaned ? "orphaned-provider" : "provider-row"}
                className={
                  p.isOrphaned
                    ? "bg-red-50/70 shadow-[inset_3px_0_0_var(--color-red-500)]"
                    : "hover:bg-slate-50"
                }
              >
                <Td className="max-w-96">
                  <Link
                    href={`/providers/${p.id}`}
                    className="break-all font-mono text-xs font-medium text-sky-700 hover:underline"
                  >
                    {p.url}
                  </Link>
                  <span className="mt-0.5 flex gap-1">
                    {p.isOrphaned ? <StatusPill tone="red">orphaned</StatusPill> : null}
                    {p.isEks ? <StatusPill tone="slate">EKS</StatusPill> : null}
                    {p.issuerReachable === false ? (
                      <StatusPill tone="red">issuer unreachable</StatusPill>
                    ) : null}
                  </span>
                </Td>
                <Td className="font-mono text-xs">{p.accountId}</Td>
                <Td className="text-xs">
                  {p.clientIds.join(", ") || "—"}
                  {p.audienceProblems.map((a) => (
                    <span key={a} className="block text-amber-800">
                      {a}
                    </span>
                  ))}
                </Td>
                <Td>
                  <ThumbprintCell
                    thumbprints={p.thumbprints}
                    observed={p.observedThumbprint}
                    status={p.thumbprintStatus}
                  />
                </Td>
                <Td className="text-xs">
                  {p.clusters.length ? (
                    p.clusters.map((c) => c.name).join(", ")
                  ) : (
                    <span className="text-slate-400">none</span>
                  )}
                </Td>
                <Td>
                  <span className="flex flex-wrap gap-1">
                    {p.findings.map((f) => (
                      <span key={f.id} title={f.title} className="inline-flex items-center gap-1 text-xs">
                        <SeverityPill severity={f.severity} />
                        <span className="font-mono text-slate-500">{f.ruleId}</span>
                      </span>
                    ))}
                    {p.findings.length === 0 ? <span className="text-slate-400">—</span> : null}
                  </span>
                </Td>
              </tr>
            ))}
          </DataGrid>
        </>
      )}
    </>
  );
}
