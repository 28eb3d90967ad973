"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { authClient } from "@/lib/auth-client";

const SSO_PROVIDER_ID = "sso";

function messageFor(error: { status?: number; message?: string }): string {
  if (error.status === 429) return "Too many sign-in attempts. Wait a minute, then try again.";
  if (error.status === 401 || error.status === 400) return "Invalid email or password.";
  return error.message || "Sign-in failed. Try again.";
}

export function SignInForm({ ssoName }: { ssoName: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(null);
    const result = await authClient.signIn.email({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (result.error) {
      setError(messageFor(result.error));
      setIsPending(false);
      return;
    }
    router.replace("/");
    router.refresh();
  }

  async function onSso() {
    setIsPending(true);
    setError(null);
    const result = await authClient.signIn.social({ provider: SSO_PROVIDER_ID, callbackURL: "/" });
    if (result.error) {
      setError(result.error.message || "Single sign-on is unavailable right now.");
      setIsPending(false);
    }
  }

  const inputClass =
    "mt-1 block w-full rounded border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 placeholder:text-slate-400 focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/20";

  return (
    <div className="mt-5">
      <form onSubmit={onSubmit} className="flex flex-col gap-3.5" noValidate>
        <label className="block">
          <span className="text-xs font-medium text-slate-700">Email</span>
          <input name="email" type="email" autoComplete="username" required className={inputClass} />
        </label>
        <label className="block">
          <span className="text-xs font-medium text-slate-700">Password</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={128}
            className={inputClass}
          />
        </label>
        {error ? (
          <p role="alert" className="rounded border border-red-200 bg-red-50 px-2.5 py-1.5 text-red-800">
            {error}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={isPending}
          className="mt-1 rounded bg-slate-900 px-3 py-2 font-medium text-white hover:bg-slate-800 disabled:opacity-60"
        >
          {isPending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {ssoName ? (
        <>
          <div className="my-4 flex items-center gap-3 text-xs text-slate-400">
            <span className="h-px flex-1 bg-slate-200" />
            or
            <span className="h-px flex-1 bg-slate-200" />
          </div>
          <button
            type="button"
            onClick={onSso}
            disabled={isPending}
            className="w-full rounded border border-slate-300 bg-white px-3 py-2 font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
          >
            Continue with {ssoName}
          </button>
        </>
      ) : null}
    </div>
  );
}
