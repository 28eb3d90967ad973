"use client";

import { useState } from "react";
import { CopyTextButton } from "@/components/ui/copy-text-button";

const TABS = [
  { id: "cloudformation", label: "CloudFormation" },
  { id: "terraform", label: "Terraform" },
] as const;

/** The audit (and optional remediation) role as CloudFormation or Terraform, with a copy button. */
export function RoleTemplates({ cloudFormation, terraform }: { cloudFormation: string; terraform: string }) {
  const [tab, setTab] = useState<(typeof TABS)[number]["id"]>("cloudformation");
  const text = tab === "cloudformation" ? cloudFormation : terraform;
  return (
    <div className="rounded-md border border-slate-200 bg-white">
      <div className="flex items-center justify-between border-b border-slate-200 px-3">
        <div role="tablist" aria-label="Template format" className="flex gap-1">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls="template-panel"
              onClick={() => setTab(t.id)}
              className={`-mb-px border-b-2 px-3 py-2 font-medium ${
                tab === t.id
                  ? "border-sky-600 text-slate-900"
                  : "border-transparent text-slate-500 hover:text-slate-800"
              }`}
            >
              {t.label}
            </button>
          ))}
        </div>
        <CopyTextButton
          text={text}
          label={`Copy ${tab === "cloudformation" ? "CloudFormation" : "Terraform"}`}
        />
      </div>
      <pre
        id="template-panel"
        role="tabpanel"
        aria-labelledby={`tab-${tab}`}
        data-testid="role-template"
        className="max-h-[28rem] overflow-auto bg-slate-950 px-4 py-3 font-mono text-xs leading-relaxed text-slate-100"
      >
        {text}
      </pre>
    </div>
  );
}
