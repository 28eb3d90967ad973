"use client";

import { useMutation } from "@tanstack/react-query";
import type { MyOrganization } from "@trustwatch/api";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";

export function OrganizationSwitcher({ organizations }: { organizations: MyOrganization[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const switchOrganization = useMutation(
    trpc.organizations.switch.mutationOptions({
      onSuccess: () => {
        setIsOpen(false);
        router.refresh();
      },
    }),
  );
  const active = organizations.find((org) => org.isActive);

  useEffect(() => {
    if (!isOpen) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === "Escape"
          : !containerRef.current?.contains(event.target as Node)
      ) {
        setIsOpen(false);
      }
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [isOpen]);

  if (organizations.length === 0) {
    return <span className="text-slate-500">No organization</span>;
  }

  return (
    <div ref={containerRef} className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-label={`Organization: ${active?.name ?? "none selected"}`}
        onClick={() => setIsOpen((open) => !open)}
        className="flex items-center gap-2 rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50"
      >
        <span className="font-medium text-slate-900" data-testid="active-organization">
          {active?.name ?? "Select organization"}
        </span>
        {active ? <RoleBadge role={active.role} /> : null}
        <svg viewBox="0 0 20 20" aria-hidden="true" className="h-3.5 w-3.5 text-slate-400">
          <path
            fill="currentColor"
            d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z"
          />
        </svg>
      </button>
      {isOpen ? (
        <div
          role="menu"
          aria-label="Organizations"
          className="absolute left-0 z-20 mt-1 min-w-64 rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {organizations.map((org) => (
            <button
              key={org.id}
              type="button"
              role="menuitemradio"
              aria-checked={org.isActive}
              disabled={switchOrganization.isPending}
              onClick={() =>
                org.isActive ? setIsOpen(false) : switchOrganization.mutate({ organizationId: org.id })
              }
              className="flex w-full items-center justify-between gap-3 px-3 py-1.5 text-left hover:bg-slate-50 disabled:opacity-60"
            >
              <span className={org.isActive ? "font-medium text-slate-900" : "text-slate-700"}>
                {org.name}
              </span>
              <span className="flex items-center gap-2">
                <RoleBadge role={org.role} />
                <span aria-hidden="true" className="w-3 text-sky-600">
                  {org.isActive ? "✓" : ""}
                </span>
              </span>
            </button>
          ))}
          {switchOrganization.error ? (
            <p role="alert" className="px-3 py-1.5 text-xs text-red-700">
              Could not switch: {switchOrganization.error.message}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function RoleBadge({ role }: { role: string }) {
  return (
    <span className="rounded bg-slate-100 px-1.5 py-px text-[11px] font-medium uppercase tracking-wide text-slate-600">
      {role}
    </span>
  );
}
