import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Logo } from "@/components/logo";
import { getEnv } from "@/env";
import { getCurrentSession } from "@/server/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getCurrentSession()) redirect("/");
  const sso = getEnv().sso;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex justify-center text-lg text-slate-900">
          <Logo />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-base font-semibold text-slate-900">Sign in</h1>
          <p className="mt-1 text-slate-500">Workload identity posture for your EKS clusters.</p>
          <SignInForm ssoName={sso ? sso.name : null} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">
          Accounts are created by invitation. Ask an administrator of your organization for access.
        </p>
      </div>
    </main>
  );
}
