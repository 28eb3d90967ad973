"use client";

import { usePathname, useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { ApiTokensSection } from "./api-tokens-section";
import { AuditLogSection } from "./audit-log-section";
import { MembersSection } from "./members-section";
import { isAtLeast, type Role } from "./roles";

export type SettingsTabId = "members" | "api-tokens" | "audit-log";

type Tab = { id: SettingsTabId; label: string; minRole: Role; render: (role: Role) => ReactNode };

/**
 * The settings tabs, each shown to the roles that can use it. Scan schedules and Slack alerts
 * come from another issue: add their tabs here (id, label, minRole, render), nothing else.
 */
const TABS: Tab[] = [
  {
    id: "members",
    label: "Members",
    minRole: "viewer",
    render: (role) => <MembersSection isAdmin={role === "admin"} />,
  },
  { id: "api-tokens", label: "API tokens", minRole: "admin", render: () => <ApiTokensSection /> },
  { id: "audit-log", label: "Audit log", minRole: "approver", render: () => <AuditLogSection /> },
];

export function SettingsTabs({ role, initialTab }: { role: Role; initialTab: string | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const tabs = TABS.filter((tab) => isAtLeast(role, tab.minRole));
  const [activeId, setActiveId] = useState<SettingsTabId>(
    tabs.find((tab) => tab.id === initialTab)?.id ?? tabs[0]?.id ?? "members",
  );
  const active = tabs.find((tab) => tab.id === activeId) ?? tabs[0];

  return (
    <div>
      <div role="tablist" aria-label="Settings" className="mb-4 flex gap-1 border-b border-slate-200">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active?.id}
            aria-controls={`panel-${tab.id}`}
            onClick={() => {
              setActiveId(tab.id);
              router.replace(`${pathname}?tab=${tab.id}`, { scroll: false });
            }}
            className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${
              tab.id === active?.id
                ? "border-sky-600 font-medium text-slate-900"
                : "border-transparent text-slate-500 hover:text-slate-800"
            }`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {active ? (
        <div role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`}>
          {active.render(role)}
        </div>
      ) : null}
    </div>
  );
}
