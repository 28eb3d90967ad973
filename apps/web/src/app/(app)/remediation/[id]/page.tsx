import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RemediationDetailView } from "@/components/remediation/remediation-detail-view";
import { getServerCaller } from "@/server/trpc-caller";

export const metadata: Metadata = { title: "Remediation request" };

export default async function RemediationRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await getServerCaller();
  const detail = await caller.remediation.get({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  });
  if (!detail) notFound();
  return <RemediationDetailView initial={detail} />;
}
