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
import { ROLE_OPTIONS, type Role } from "./roles";

const STATUS_TONE = { pending: "sky", accepted: "green", revoked: "slate", expired: "amber" } as const;

/** Invite by email (admins): the accept link is shown once, then only its status remains. */
export function InvitationsPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.invitations.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
  const [acceptUrl, setAcceptUrl] = useState<string | null>(null);
  const create = useMutation(
    trpc.invitations.create.mutationOptions({
      onSuccess: (result) => {
        setAcceptUrl(`${window.location.origin}${result.acceptPath}`);
        void refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.invitations.revoke.mutationOptions({ onSuccess: refresh }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setAcceptUrl(null);
    create.mutate(
      { email: String(form.get("email") ?? ""), role: String(form.get("role") ?? "viewer") as Role },
      { onSuccess: () => (event.target as HTMLFormElement).reset() },
    );
  }

  return (
    <SettingsSection
      title="Invitations"
      description="Invite someone by email. They sign in with that address and open the link within 7 days."
    >
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" aria-label="Invite a member">
        <label className="flex flex-col text-xs font-medium text-slate-700">
          Email
          <input name="email" type="email" required maxLength={254} className={`mt-1 w-72 ${inputClass}`} />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-700">
          Role
          <select name="role" defaultValue="viewer" className={`mt-1 ${inputClass}`}>
            {ROLE_OPTIONS.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={create.isPending} className={primaryButtonClass}>
          {create.isPending ? "Inviting…" : "Invite"}
        </button>
      </form>
      <div className="mt-3 flex flex-col gap-2">
        {create.error ? <InlineAlert>{create.error.message}</InlineAlert> : null}
        {revoke.error ? <InlineAlert>{revoke.error.message}</InlineAlert> : null}
        {acceptUrl ? (
          <CopySecret
            label="Invitation link"
            value={acceptUrl}
            note="Send this link to the person you invited. It is shown only now; if it is lost, invite them again."
            onDismiss={() => setAcceptUrl(null)}
          />
        ) : null}
      </div>
      <div className="mt-3">
        {invitations.isPending ? (
          <LoadingRows label="Loading invitations" rows={2} />
        ) : invitations.isError ? (
          <ErrorNotice title="Could not load the invitations" message={invitations.error.message} />
        ) : invitations.data.length === 0 ? (
          <p className="text-xs text-slate-500">No invitations yet.</p>
        ) : (
          <table className="w-full text-left text-sm" aria-label="Invitations">
            <thead className="text-xs text-slate-500">
              <tr>
                <th className="py-1.5 font-medium">Email</th>
                <th className="py-1.5 font-medium">Role</th>
                <th className="py-1.5 font-medium">Status</th>
                <th className="py-1.5 font-medium">Expires</th>
                <th className="sr-only">Actions</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {invitations.data.map((invitation) => (
                <tr key={invitation.id} data-testid="invitation-row">
                  <td className="py-1.5 text-slate-900">{invitation.email}</td>
                  <td className="py-1.5 text-slate-700">{invitation.role}</td>
                  <td className="py-1.5">
                    <StatusPill tone={STATUS_TONE[invitation.status]}>{invitation.status}</StatusPill>
                  </td>
                  <td className="py-1.5 text-slate-600">{formatDateTime(invitation.expiresAt)}</td>
                  <td className="py-1.5 text-right">
                    {invitation.status === "pending" ? (
                      <button
                        type="button"
                        disabled={revoke.isPending}
                        aria-label={`Revoke the invitation of ${invitation.email}`}
                        onClick={() => revoke.mutate({ invitationId: invitation.id })}
                        className={subtleButtonClass}
                      >
                        Revoke
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </SettingsSection>
  );
}
