import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Roles" };

export default function RolesPage() {
  return (
    <>
      <PageHeader
        title="Roles"
        description="IAM roles that workloads assume through IRSA or EKS Pod Identity, and exactly who can assume each one."
      />
      <EmptyState
        title="No workload roles yet"
        steps={["Add an AWS account (Accounts).", "Start a scan (Scans)."]}
      >
        Roles trusted by an OIDC provider or by Pod Identity appear after a scan, with the service accounts
        and audiences their trust policy admits.
      </EmptyState>
    </>
  );
}
