import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Clusters" };

export default function ClustersPage() {
  return (
    <>
      <PageHeader
        title="Clusters"
        description="EKS clusters in every scanned account and region, with their OIDC issuer and whether IRSA is set up."
      />
      <EmptyState title="No clusters yet" steps={["Add an AWS account (Accounts).", "Start a scan (Scans)."]}>
        Clusters, their issuer URL, Kubernetes version, authentication mode and Pod Identity associations
        appear after the first scan of an account.
      </EmptyState>
    </>
  );
}
