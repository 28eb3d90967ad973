import { can } from "@trustwatch/api";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { NewRemediationForm } from "@/components/remediation/new-remediation-form";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Request fix" };

export default async function NewRemediationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).finding;
  const findingId = Array.isArray(raw) ? raw[0] : raw;
  const me = await (await getServerCaller()).me.get();
  const role = me.activeOrganization?.role ?? "viewer";
  const header = (
    <PageHeader
      title="Request fix"
      description="The change Trustwatch proposes for this finding, proven never to widen access. An approver other than you reviews it before the worker applies it."
    />
  );
  if (!findingId || !can(role, "remediation.request")) {
    return (
      <>
        {header}
        <p className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900">
          {findingId
            ? "Requesting a fix needs the analyst role or higher."
            : "Open a finding and use “Request fix” to plan its remediation."}{" "}
          <Link href="/findings" className="underline">
            Findings
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      {header}
      <NewRemediationForm findingId={findingId} />
    </>
  );
}
