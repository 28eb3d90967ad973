"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@trustwatch/api";
import { useState } from "react";
import { errorText } from "@/components/ui/format-values";
import { useTRPC } from "@/trpc/react";

type CreatedAccount = inferRouterOutputs<AppRouter>["accounts"]["create"];

const FIELD = "w-full rounded border border-slate-300 px-2 py-1.5";

/** Step 2: the account's id, name, regions and role ARNs (the audit ARN follows the id until edited). */
export function AccountDetailsForm({
  onBack,
  onCreated,
}: {
  onBack: () => void;
  onCreated: (account: CreatedAccount) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [accountId, setAccountId] = useState("");
  const [name, setName] = useState("");
  const [regions, setRegions] = useState("us-east-1");
  const [auditRoleArn, setAuditRoleArn] = useState("");
  const [isAuditEdited, setIsAuditEdited] = useState(false);
  const [remediationRoleArn, setRemediationRoleArn] = useState("");
  const create = useMutation(
    trpc.accounts.create.mutationOptions({
      onSuccess: async (account) => {
        await queryClient.invalidateQueries(trpc.accounts.list.queryFilter());
        onCreated(account);
      },
    }),
  );
  const suggestedAudit = /^\d{12}$/.test(accountId) ? `arn:aws:iam::${accountId}:role/TrustwatchAudit` : "";
  const audit = isAuditEdited ? auditRoleArn : suggestedAudit;

  return (
    <form
      aria-label="Account details"
      className="flex max-w-2xl flex-col gap-3 rounded-md border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({
          accountId: accountId.trim(),
          name: name.trim(),
          regions: regions
            .split(/[\s,]+/)
            .map((r) => r.trim())
            .filter(Boolean),
          auditRoleArn: audit.trim(),
          remediationRoleArn: remediationRoleArn.trim() || null,
        });
      }}
    >
      <Field id="account-id" label="AWS account ID" hint="12 digits">
        <input
          id="account-id"
          inputMode="numeric"
          required
          value={accountId}
          onChange={(e) => setAccountId(e.target.value)}
          className={`${FIELD} font-mono`}
        />
      </Field>
      <Field id="account-name" label="Name" hint="How the account appears in Trustwatch, e.g. staging">
        <input
          id="account-name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          className={FIELD}
        />
      </Field>
      <Field
        id="account-regions"
        label="Regions"
        hint="Comma-separated regions to scan for EKS clusters, e.g. us-east-1, eu-west-1"
      >
        <input
          id="account-regions"
          required
          value={regions}
          onChange={(e) => setRegions(e.target.value)}
          className={`${FIELD} font-mono`}
        />
      </Field>
      <Field id="audit-role" label="Audit role ARN" hint="The read-only role from step 1">
        <input
          id="audit-role"
          required
          value={audit}
          onChange={(e) => {
            setIsAuditEdited(true);
            setAuditRoleArn(e.target.value);
          }}
          className={`${FIELD} font-mono text-xs`}
        />
      </Field>
      <Field
        id="remediation-role"
        label="Remediation role ARN (optional)"
        hint="Only if you created it: used for approved fixes"
      >
        <input
          id="remediation-role"
          value={remediationRoleArn}
          onChange={(e) => setRemediationRoleArn(e.target.value)}
          placeholder={suggestedAudit ? `arn:aws:iam::${accountId}:role/TrustwatchRemediation` : ""}
          className={`${FIELD} font-mono text-xs`}
        />
      </Field>
      {create.error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-red-800">
          {errorText(create.error)}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={create.isPending}
          className="rounded bg-sky-600 px-3 py-1.5 font-medium text-white hover:bg-sky-700 disabled:opacity-50"
        >
          {create.isPending ? "Adding…" : "Add account"}
        </button>
        <button
          type="button"
          onClick={onBack}
          className="rounded px-3 py-1.5 text-slate-600 hover:text-slate-900"
        >
          Back
        </button>
      </div>
    </form>
  );
}

function Field({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-800">
        {label}
      </label>
      {children}
      <span className="text-xs text-slate-500">{hint}</span>
    </div>
  );
}
