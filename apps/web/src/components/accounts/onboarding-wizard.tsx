"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@trustwatch/api";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CopyTextButton } from "@/components/ui/copy-text-button";
import { errorText } from "@/components/ui/format-values";
import { useTRPC } from "@/trpc/react";
import { AccountDetailsForm } from "./account-details-form";
import { RoleTemplates } from "./role-templates";

type Outputs = inferRouterOutputs<AppRouter>;
export type OnboardingData = Outputs["accounts"]["getOnboarding"];
type CreatedAccount = Outputs["accounts"]["create"];

const STEPS = ["Deploy the role", "Account details", "Test the connection", "First scan"] as const;

export function OnboardingWizard({ onboarding }: { onboarding: OnboardingData }) {
  const [step, setStep] = useState(0);
  const [account, setAccount] = useState<CreatedAccount | null>(null);
  return (
    <div className="max-w-5xl">
      <ol aria-label="Onboarding steps" className="mb-5 flex gap-2">
        {STEPS.map((label, index) => (
          <li
            key={label}
            aria-current={index === step ? "step" : undefined}
            className={`flex flex-1 items-center gap-2 rounded-md border px-3 py-2 ${
              index === step
                ? "border-sky-300 bg-sky-50 text-slate-900"
                : index < step
                  ? "border-slate-200 bg-white text-slate-600"
                  : "border-slate-200 bg-white text-slate-400"
            }`}
          >
            <span
              className={`inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-medium ${
                index < step
                  ? "bg-emerald-600 text-white"
                  : index === step
                    ? "bg-sky-600 text-white"
                    : "bg-slate-100"
              }`}
            >
              {index < step ? "✓" : index + 1}
            </span>
            <span className="font-medium">{label}</span>
          </li>
        ))}
      </ol>
      {step === 0 ? <DeployRoleStep onboarding={onboarding} onNext={() => setStep(1)} /> : null}
      {step === 1 ? (
        <AccountDetailsForm
          onBack={() => setStep(0)}
          onCreated={(created) => {
            setAccount(created);
            setStep(2);
          }}
        />
      ) : null}
      {step === 2 && account ? (
        <TestConnectionStep
          account={account}
          externalId={onboarding.externalId}
          principalArn={onboarding.principalArn}
          onNext={() => setStep(3)}
        />
      ) : null}
      {step === 3 && account ? <FirstScanStep account={account} /> : null}
    </div>
  );
}

function DeployRoleStep({ onboarding, onNext }: { onboarding: OnboardingData; onNext: () => void }) {
  return (
    <section aria-label="Deploy the role" className="flex flex-col gap-4">
      <p className="max-w-3xl text-slate-600">
        Create a read-only audit role in the AWS account. Its trust policy lets the Trustwatch principal
        assume it only when it presents your organization's ExternalId, so no other Trustwatch tenant can use
        it. Set <code className="font-mono text-xs">CreateRemediationRole</code> (CloudFormation) or{" "}
        <code className="font-mono text-xs">create_remediation_role</code> (Terraform) to also create the role
        that applies approved fixes.
      </p>
      <dl className="grid max-w-3xl grid-cols-[11rem_1fr_auto] items-center gap-x-3 gap-y-2 rounded-md border border-slate-200 bg-white px-4 py-3">
        <dt className="text-slate-500">Your ExternalId</dt>
        <dd className="font-mono text-slate-900" data-testid="external-id">
          {onboarding.externalId}
        </dd>
        <dd>
          <CopyTextButton text={onboarding.externalId} label="Copy ExternalId" />
        </dd>
        <dt className="text-slate-500">Trustwatch principal</dt>
        <dd className="font-mono text-slate-900" data-testid="trustwatch-principal">
          {onboarding.principalArn}
        </dd>
        <dd>
          <CopyTextButton text={onboarding.principalArn} label="Copy principal" />
        </dd>
      </dl>
      <RoleTemplates cloudFormation={onboarding.cloudFormation} terraform={onboarding.terraform} />
      <details className="max-w-3xl rounded-md border border-slate-200 bg-white px-4 py-2 text-slate-600">
        <summary className="cursor-pointer font-medium text-slate-800">What the roles may do</summary>
        <p className="mt-2">Audit role (read-only): {onboarding.auditActions.join(", ")}.</p>
        <p className="mt-1">Remediation role (optional): {onboarding.remediationActions.join(", ")}.</p>
      </details>
      <div>
        <button
          type="button"
          onClick={onNext}
          className="rounded bg-sky-600 px-3 py-1.5 font-medium text-white hover:bg-sky-700"
        >
          I deployed the role — next
        </button>
      </div>
    </section>
  );
}

function TestConnectionStep({
  account,
  externalId,
  principalArn,
  onNext,
}: {
  account: CreatedAccount;
  externalId: string;
  principalArn: string;
  onNext: () => void;
}) {
  const trpc = useTRPC();
  const test = useMutation(trpc.accounts.testConnection.mutationOptions());
  const result = test.data;
  return (
    <section aria-label="Test the connection" className="flex max-w-3xl flex-col gap-4">
      <p className="text-slate-600">
        A Trustwatch worker assumes <span className="font-mono text-xs">{account.auditRoleArn}</span> with
        your ExternalId and asks AWS STS who it is. The web app never holds AWS credentials.
      </p>
      <div className="flex gap-2">
        <button
          type="button"
          disabled={test.isPending}
          onClick={() => test.mutate({ id: account.id })}
          className="rounded bg-sky-600 px-3 py-1.5 font-medium text-white hover:bg-sky-700 disabled:opacity-50"
        >
          {test.isPending ? "Testing…" : result ? "Test again" : "Test connection"}
        </button>
        <button
          type="button"
          onClick={onNext}
          disabled={!result?.ok}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50"
        >
          Next
        </button>
      </div>
      {result?.ok ? (
        <div
          role="status"
          data-testid="connection-result"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900"
        >
          <p className="font-medium">Connection works</p>
          <p className="mt-0.5">
            Assumed identity: <span className="font-mono text-xs">{result.arn}</span> (account{" "}
            {result.accountId})
          </p>
        </div>
      ) : null}
      {result && !result.ok ? (
        <div
          role="alert"
          data-testid="connection-result"
          className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-900"
        >
          <p className="font-medium">Connection failed ({result.code})</p>
          <p className="mt-0.5 text-red-800">{result.message}</p>
          <p className="mt-2 text-red-800">
            To fix: the role's trust policy must allow{" "}
            <span className="font-mono text-xs">{principalArn}</span> to call sts:AssumeRole with{" "}
            <span className="font-mono text-xs">sts:ExternalId = {externalId}</span>. Fix it in AWS, then test
            again.
          </p>
        </div>
      ) : null}
      {test.error ? (
        <p role="alert" className="text-red-700">
          {errorText(test.error)}
        </p>
      ) : null}
    </section>
  );
}

function FirstScanStep({ account }: { account: CreatedAccount }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const start = useMutation(
    trpc.scans.start.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.scans.pathFilter());
        router.push("/scans");
      },
    }),
  );
  const isConflict = start.error?.data?.code === "CONFLICT";
  return (
    <section aria-label="First scan" className="flex max-w-3xl flex-col gap-4">
      <p className="text-slate-600">
        {account.name} ({account.accountId}) is registered. Start a scan to collect its clusters, OIDC
        providers and IAM roles, and to evaluate them with the rest of your organization.
      </p>
      <div className="flex gap-2">
        <button
          type="button"
          disabled={start.isPending}
          onClick={() => start.mutate()}
          className="rounded bg-sky-600 px-3 py-1.5 font-medium text-white hover:bg-sky-700 disabled:opacity-50"
        >
          {start.isPending ? "Starting…" : "Start first scan"}
        </button>
        <Link href="/accounts" className="rounded px-3 py-1.5 text-slate-600 hover:text-slate-900">
          Later
        </Link>
      </div>
      {start.error ? (
        <p role="alert" className="text-red-700">
          {errorText(start.error)}{" "}
          {isConflict ? (
            <Link href="/scans" className="font-medium underline">
              Watch it on Scans
            </Link>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
