"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { authClient } from "@/lib/auth-client";
import { useTRPC } from "@/trpc/react";

const inputClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/20";
const buttonClass =
  "w-full rounded bg-slate-900 px-3 py-2 font-medium text-white hover:bg-slate-800 disabled:opacity-60";

export function AcceptInvitation({ token, signedInEmail }: { token: string; signedInEmail: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: () => {
        // The session now points at the new organization (the procedure switched it).
        router.replace("/");
        router.refresh();
      },
    }),
  );

  if (!signedInEmail) return <SignInFirst />;

  return (
    <div className="mt-3 flex flex-col gap-3">
      <p className="text-slate-600">
        You are signed in as <span className="font-medium text-slate-900">{signedInEmail}</span>. The
        invitation must have been sent to this address.
      </p>
      {accept.error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-2.5 py-1.5 text-red-800">
          {accept.error.message}
        </p>
      ) : null}
      <button
        type="button"
        disabled={accept.isPending || accept.isSuccess}
        onClick={() => accept.mutate({ token })}
        className={buttonClass}
      >
        {accept.isPending || accept.isSuccess ? "Joining…" : "Accept invitation"}
      </button>
      <button
        type="button"
        onClick={async () => {
          await authClient.signOut();
          router.refresh();
        }}
        className="text-xs text-slate-500 underline hover:text-slate-800"
      >
        Not you? Sign in with another account
      </button>
    </div>
  );
}

/** Sign in on this page, so the invitation link is not lost on the way. */
function SignInFirst() {
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
    setIsPending(false);
    if (result.error) {
      setError(
        result.error.status === 429
          ? "Too many attempts. Wait a minute, then try again."
          : "Invalid email or password.",
      );
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="mt-3 flex flex-col gap-3" noValidate>
      <p className="text-slate-600">
        Sign in with the email address the invitation was sent to, then accept it.
      </p>
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
      <button type="submit" disabled={isPending} className={buttonClass}>
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
