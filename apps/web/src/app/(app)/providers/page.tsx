import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Providers" };

export default function ProvidersPage() {
  return (
    <>
      <PageHeader
        title="Providers"
        description="IAM OpenID Connect providers: EKS issuers, GitHub Actions, GitLab, Terraform Cloud and others, with audiences and thumbprints."
      />
      <EmptyState
        title="No OIDC providers yet"
        steps={["Add an AWS account (Accounts).", "Start a scan (Scans)."]}
      >
        Every IAM OIDC provider will be listed with its audiences, thumbprints, the issuer's signing-key
        rotation, and whether it is orphaned or drifted.
      </EmptyState>
    </>
  );
}
