"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { CopySecret } from "@/components/ui/copy-secret";
import { formatDateTime } from "@/components/ui/format-date";
import { InlineAlert } from "@/components/ui/inline-alert";
import { ErrorNotice, LoadingRows } from "@/components/ui/query-states";
import {
  inputClass,
  primaryButtonClass,
  SettingsSection,
  subtleButtonClass,
} from "@/components/ui/settings-section";
import { StatusPill } from "@/components/ui/status-pill";
import { useTRPC } from "@/trpc/react";

const EXPIRY_OPTIONS = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "never", label: "Never" },
] as const;

function tokenState(token: { revokedAt: Date | null; expiresAt: Date | null }, now: number) {
  if (token.revokedAt) return { label: "revoked", tone: "slate" } as const;
  if (token.expiresAt && token.expiresAt.getTime() <= now)
    return { label: "expired", tone: "amber" } as const;
  return { label: "active", tone: "green" } as const;
}

/** Automation tokens (admins): the secret is shown once after creation, then only its prefix. */
export function ApiTokensSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.apiTokens.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.apiTokens.list.queryKey() });
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation(
    trpc.apiTokens.create.mutationOptions({
      onSuccess: (result) => {
        setSecret(result.token);
        void refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.apiTokens.revoke.mutationOptions({ onSuccess: refresh }));
  const [now] = useState(() => Date.now());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const expiry = String(form.get("expiry") ?? "90");
    setSecret(null);
    create.mutate(
      {
        name: String(form.get("name") ?? ""),
        scope: form.get("scope") === "scan" ? "scan" : "read",
        expiresAt: expiry === "never" ? null : new Date(Date.now() + Number(expiry) * 86_400_000),
      },
      { onSuccess: () => (event.target as HTMLFormElement).reset() },
    );
  }

  return (
    <SettingsSection
      title="API tokens"
      description="Tokens for automation: send them as `Authorization: Bearer tw_…` to /api/v1. Read tokens list findings and scans; scan tokens can also start scans."
    >
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" aria-label="Create an API token">
        <label className="flex flex-col text-xs font-medium text-slate-700">
          Name
          <input
            name="name"
            required
            maxLength={80}
            placeholder="CI pipeline"
            className={`mt-1 w-60 ${inputClass}`}
          />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-700">
          Scope
          <select name="scope" defaultValue="read" className={`mt-1 ${inputClass}`}>
            <option value="read">read</option>
            <option value="scan">scan</option>
          </select>
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-700">
          Expires after
          <select name="expiry" defaultValue="90" className={`mt-1 ${inputClass}`}>
            {EXPIRY_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={create.isPending} className={primaryButtonClass}>
          {create.isPending ? "Creating…" : "Create token"}
        </button>
      </form>
      <div className="mt-3 flex flex-col gap-2">
        {create.error ? <InlineAlert>{create.error.message}</InlineAlert> : null}
        {revoke.error ? <InlineAlert>{revoke.error.message}</InlineAlert> : null}
        {secret ? (
          <CopySecret
            label="New API token"
            value={secret}
            note="Copy it now: Trustwatch keeps only a hash and cannot show it again."
            onDismiss={() => setSecret(null)}
          />
        ) : null}
      </div>
      <div className="mt-3">
        {tokens.isPending ? (
          <LoadingRows label="Loading API tokens" rows={2} />
        ) : tokens.isError ? (
          <ErrorNotice title="Could not load the API tokens" message={tokens.error.message} />
        ) : tokens.data.length === 0 ? (
          <p className="text-xs text-slate-500">No API tokens yet.</p>
        ) : (
          <table className="w-full text-left text-sm" aria-label="API tokens">
            <thead className="text-xs text-slate-500">
              <tr>
                <th className="py-1.5 font-medium">Name</th>
                <th className="py-1.5 font-medium">Token</th>
                <th className="py-1.5 font-medium">Scope</th>
                <th className="py-1.5 font-medium">Status</th>
                <th className="py-1.5 font-medium">Created</th>
                <th className="py-1.5 font-medium">Last used</th>
                <th className="py-1.5 font-medium">Expires</th>
                <th className="sr-only">Actions</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tokens.data.map((token) => {
                const state = tokenState(token, now);
                return (
                  <tr key={token.id} data-testid="api-token-row">
                    <td className="py-1.5 text-slate-900">{token.name}</td>
                    <td className="py-1.5 font-mono text-xs text-slate-600">tw_{token.prefix}_…</td>
                    <td className="py-1.5 text-slate-700">{token.scope}</td>
                    <td className="py-1.5">
                      <StatusPill tone={state.tone}>{state.label}</StatusPill>
                    </td>
                    <td className="py-1.5 text-slate-600">{formatDateTime(token.createdAt)}</td>
                    <td className="py-1.5 text-slate-600">{formatDateTime(token.lastUsedAt)}</td>
                    <td className="py-1.5 text-slate-600">
                      {token.expiresAt ? formatDateTime(token.expiresAt) : "never"}
                    </td>
                    <td className="py-1.5 text-right">
                      {state.label === "active" ? (
                        <button
                          type="button"
                          disabled={revoke.isPending}
                          aria-label={`Revoke ${token.name}`}
                          onClick={() => revoke.mutate({ tokenId: token.id })}
                          className={subtleButtonClass}
                        >
                          Revoke
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </SettingsSection>
  );
}
