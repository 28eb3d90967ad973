export type NavItem = { href: string; label: string };
export type NavSection = { label: string; items: NavItem[] };

export const NAV_SECTIONS: NavSection[] = [
  {
    label: "Posture",
    items: [
      { href: "/", label: "Overview" },
      { href: "/findings", label: "Findings" },
      { href: "/remediation", label: "Remediation" },
    ],
  },
  {
    label: "Inventory",
    items: [
      { href: "/accounts", label: "Accounts" },
      { href: "/clusters", label: "Clusters" },
      { href: "/providers", label: "Providers" },
      { href: "/roles", label: "Roles" },
    ],
  },
  {
    label: "Operations",
    items: [
      { href: "/scans", label: "Scans" },
      { href: "/settings", label: "Settings" },
    ],
  },
];

export function isActivePath(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
