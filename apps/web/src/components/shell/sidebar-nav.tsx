"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isActivePath, NAV_SECTIONS } from "./nav-items";

export function SidebarNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-5 px-3 py-4">
      {NAV_SECTIONS.map((section) => (
        <div key={section.label}>
          <p className="px-2 pb-1 text-[11px] font-medium uppercase tracking-wider text-slate-400">
            {section.label}
          </p>
          <ul className="flex flex-col gap-px">
            {section.items.map((item) => {
              const isActive = isActivePath(pathname, item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={isActive ? "page" : undefined}
                    className={`block rounded px-2 py-1.5 ${
                      isActive
                        ? "bg-slate-800 font-medium text-white shadow-[inset_2px_0_0_var(--color-sky-500)]"
                        : "text-slate-300 hover:bg-slate-800/60 hover:text-white"
                    }`}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
