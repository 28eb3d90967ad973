"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatDate } from "@/components/ui/format-date";
import { InlineAlert } from "@/components/ui/inline-alert";
import { ErrorNotice, LoadingRows } from "@/components/ui/query-states";
import { SettingsSection, subtleButtonClass } from "@/components/ui/settings-section";
import { useTRPC } from "@/trpc/react";
import { InvitationsPanel } from "./invitations-panel";
import { ROLE_OPTIONS, type Role } from "./roles";

/** Members of the active organization; role changes and removal for admins only. */
export function MembersSection({ isAdmin }: { isAdmin: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.members.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
  const updateRole = useMutation(trpc.members.updateRole.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.members.remove.mutationOptions({ onSuccess: refresh }));
  const [confirmRemoveId, setConfirmRemoveId] = useState<string | null>(null);
  const error = updateRole.error ?? remove.error;

  return (
    <div className="flex flex-col gap-4">
      <SettingsSection
        title="Members"
        description={
          isAdmin
            ? "Who can see this organization, and what they may do. Roles: viewer < analyst < approver < admin."
            : "Who can see this organization. Only admins change roles and invite people."
        }
      >
        {members.isPending ? (
          <LoadingRows label="Loading members" />
        ) : members.isError ? (
          <ErrorNotice title="Could not load the members" message={members.error.message} />
        ) : (
          <>
            {error ? <InlineAlert>{error.message}</InlineAlert> : null}
            <table className="w-full text-left text-sm" aria-label="Members">
              <thead className="text-xs text-slate-500">
                <tr>
                  <th className="py-1.5 font-medium">Name</th>
                  <th className="py-1.5 font-medium">Email</th>
                  <th className="py-1.5 font-medium">Role</th>
                  <th className="py-1.5 font-medium">Member since</th>
                  {isAdmin ? <th className="py-1.5 font-medium sr-only">Actions</th> : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {members.data.map((member) => (
                  <tr key={member.id} data-testid="member-row">
                    <td className="py-1.5 text-slate-900">
                      {member.name}
                      {member.isYou ? <span className="ml-1.5 text-xs text-slate-500">(you)</span> : null}
                    </td>
                    <td className="py-1.5 text-slate-600">{member.email}</td>
                    <td className="py-1.5">
                      {isAdmin && !member.isYou ? (
                        <select
                          aria-label={`Role of ${member.email}`}
                          value={member.role}
                          disabled={updateRole.isPending}
                          onChange={(event) =>
                            updateRole.mutate({ memberId: member.id, role: event.target.value as Role })
                          }
                          className="rounded border border-slate-300 bg-white px-1.5 py-0.5 text-sm"
                        >
                          {ROLE_OPTIONS.map((role) => (
                            <option key={role} value={role}>
                              {role}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <span className="text-slate-700">{member.role}</span>
                      )}
                    </td>
                    <td className="py-1.5 text-slate-600">{formatDate(member.createdAt)}</td>
                    {isAdmin ? (
                      <td className="py-1.5 text-right">
                        {member.isYou ? null : confirmRemoveId === member.id ? (
                          <span className="inline-flex gap-1.5">
                            <button
                              type="button"
                              disabled={remove.isPending}
                              onClick={() =>
                                remove.mutate(
                                  { memberId: member.id },
                                  { onSettled: () => setConfirmRemoveId(null) },
                                )
                              }
                              className="rounded bg-red-700 px-2 py-0.5 text-xs font-medium text-white hover:bg-red-800 disabled:opacity-60"
                            >
                              Confirm removal
                            </button>
                            <button
                              type="button"
                              onClick={() => setConfirmRemoveId(null)}
                              className={subtleButtonClass}
                            >
                              Cancel
                            </button>
                          </span>
                        ) : (
                          <button
                            type="button"
                            aria-label={`Remove ${member.email}`}
                            onClick={() => setConfirmRemoveId(member.id)}
                            className={subtleButtonClass}
                          >
                            Remove
                          </button>
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </SettingsSection>
      {isAdmin ? <InvitationsPanel /> : null}
    </div>
  );
}
