import type { Metadata } from "next";
import { Logo } from "@/components/logo";
import { getCurrentSession } from "@/server/session";
import { TRPCReactProvider } from "@/trpc/react";
import { AcceptInvitation } from "./accept-invitation";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

/**
 * Where an invitation link lands. Outside the app shell: the visitor may not be signed in,
 * or not yet a member of any organization. Signing in happens here, then accepting.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const session = await getCurrentSession();
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex justify-center text-lg text-slate-900">
          <Logo />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-base font-semibold text-slate-900">Join an organization</h1>
          <TRPCReactProvider>
            <AcceptInvitation token={token} signedInEmail={session?.email ?? null} />
          </TRPCReactProvider>
        </div>
      </div>
    </main>
  );
}
