"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorText } from "@/components/ui/format-values";
import { useTRPC } from "@/trpc/react";

/** Admins: register every member account of an AWS Organization from its management role. */
export function DiscoverAccountsForm({ managementRoleArn }: { managementRoleArn: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [isOpen, setIsOpen] = useState(false);
  const [roleArn, setRoleArn] = useState(managementRoleArn ?? "");
  const discover = useMutation(
    trpc.accounts.discover.mutationOptions({
      onSuccess: () => {
        // The worker registers accounts in the background: refresh the list shortly after.
        setTimeout(() => void queryClient.invalidateQueries(trpc.accounts.list.queryFilter()), 3000);
      },
    }),
  );
  if (!isOpen) {
    return (
      <button
        type="button"
        onClick={() => setIsOpen(true)}
        className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50"
      >
        Discover from Organizations
      </button>
    );
  }
  return (
    <form
      aria-label="Discover from AWS Organizations"
      className="flex items-start gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        discover.mutate({ managementRoleArn: roleArn.trim() });
      }}
    >
      <div className="flex flex-col">
        <label htmlFor="management-role" className="sr-only">
          Management account role ARN
        </label>
        <input
          id="management-role"
          value={roleArn}
          onChange={(e) => setRoleArn(e.target.value)}
          placeholder="arn:aws:iam::<management account>:role/TrustwatchOrgRead"
          className="w-96 rounded border border-slate-300 px-2 py-1.5 font-mono text-xs"
        />
        {discover.isSuccess ? (
          <span role="status" className="mt-1 text-xs text-emerald-700">
            Discovery started: member accounts appear here as the worker registers them.
          </span>
        ) : null}
        {discover.error ? (
          <span role="alert" className="mt-1 text-xs text-red-700">
            {errorText(discover.error)}
          </span>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={discover.isPending || roleArn.trim() === ""}
        className="rounded bg-slate-900 px-3 py-1.5 font-medium text-white hover:bg-slate-700 disabled:opacity-50"
      >
        {discover.isPending ? "Starting…" : "Discover"}
      </button>
      <button
        type="button"
        onClick={() => setIsOpen(false)}
        className="px-2 py-1.5 text-slate-500 hover:text-slate-800"
      >
        Close
      </button>
    </form>
  );
}
