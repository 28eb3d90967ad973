import type { Metadata } from "next";
import Link from "next/link";
import { ProviderStatusPill } from "@/components/clusters/provider-status-pill";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { DataGrid, Td, Th } from "@/components/ui/data-grid";
import { formatDate } from "@/components/ui/format-values";
import { StatusPill } from "@/components/ui/status-pill";
import { requireSession } from "@/server/require-session";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Clusters" };

export default async function ClustersPage() {
  await requireSession();
  const clusters = await (await getServerCaller()).clusters.list();
  return (
    <>
      <PageHeader
        title="Clusters"
        description="EKS clusters across your accounts: OIDC issuer, IRSA provider status, signing-key rotation and Pod Identity."
      />
      {clusters.length === 0 ? (
        <EmptyState title="No clusters yet" steps={["Add an AWS account (Accounts).", "Run a scan (Scans)."]}>
          Every EKS cluster a scan finds in the enabled regions is listed here with its OIDC issuer and the
          IAM provider that trusts it.
        </EmptyState>
      ) : (
        <DataGrid
          label="Clusters"
          head={
            <tr>
              <Th>Cluster</Th>
              <Th>Account / region</Th>
              <Th>OIDC issuer</Th>
              <Th>IRSA provider</Th>
              <Th>Signing keys</Th>
              <Th>Pod Identity</Th>
              <Th>Open findings</Th>
            </tr>
          }
        >
          {clusters.map((c) => (
            <tr key={c.id} className="hover:bg-slate-50">
              <Td>
                <Link href={`/clusters/${c.id}`} className="font-medium text-sky-700 hover:underline">
                  {c.name}
                </Link>
                <span className="block text-xs text-slate-500">
                  {c.version ? `v${c.version}` : ""} {c.status.toLowerCase()}
                </span>
              </Td>
              <Td className="whitespace-nowrap">
                <span className="font-mono text-xs">{c.accountId}</span>
                <span className="block text-xs text-slate-500">{c.region}</span>
              </Td>
              <Td className="max-w-80 break-all font-mono text-xs text-slate-600">
                {c.issuerUrl ?? "—"}
                {c.issuerReachable === false ? (
                  <span className="ml-1">
                    <StatusPill tone="red">unreachable</StatusPill>
                  </span>
                ) : null}
              </Td>
              <Td>
                <ProviderStatusPill status={c.providerStatus} />
              </Td>
              <Td className="whitespace-nowrap text-slate-600">
                {c.signingKeys}
                {c.lastRotationAt ? (
                  <span className="block text-xs text-slate-500">newest {formatDate(c.lastRotationAt)}</span>
                ) : null}
              </Td>
              <Td className="text-slate-600">{c.podIdentityAssociations || "—"}</Td>
              <Td className="text-slate-600">{c.openFindings || "—"}</Td>
            </tr>
          ))}
        </DataGrid>
      )}
    </>
  );
}
