import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Logo } from "@/components/logo";
import { OrganizationSwitcher } from "@/components/shell/organization-switcher";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireSession } from "@/server/require-session";
import { getServerCaller } from "@/server/trpc-caller";
import { TRPCReactProvider } from "@/trpc/react";

async function loadShell() {
  const caller = await getServerCaller();
  try {
    const [me, organizations] = await Promise.all([caller.me.get(), caller.organizations.listMine()]);
    return { me, organizations };
  } catch (error) {
    // The session outlived its user (deleted or signed out elsewhere): start over.
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return null;
    throw error;
  }
}

/** Every page under this layout needs a session; the check runs on the server for each request. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  await requireSession();
  const shell = await loadShell();
  if (!shell) redirect("/sign-in");
  const { me, organizations } = shell;

  return (
    <TRPCReactProvider>
      <div className="flex min-h-screen">
        <aside className="sticky top-0 flex h-screen w-56 shrink-0 flex-col bg-slate-900 text-sm">
          <div className="flex h-12 items-center border-b border-slate-800 px-5 text-white">
            <Logo />
          </div>
          <div className="flex-1 overflow-y-auto">
            <SidebarNav />
          </div>
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="sticky top-0 z-10 flex h-12 items-center justify-between gap-4 border-b border-slate-200 bg-white px-6">
            <OrganizationSwitcher organizations={organizations} />
            <div className="flex items-center gap-3">
              <span className="text-right leading-tight">
                <span className="block font-medium text-slate-900">{me.user.name}</span>
                <span className="block text-xs text-slate-500" data-testid="signed-in-email">
                  {me.user.email}
                </span>
              </span>
              <SignOutButton />
            </div>
          </header>
          <main className="mx-auto w-full max-w-[1600px] flex-1 px-6 py-5">
            {me.activeOrganization ? (
              children
            ) : (
              <p className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900">
                You are not a member of any organization yet. Ask an administrator of your organization to
                invite you.
              </p>
            )}
          </main>
        </div>
      </div>
    </TRPCReactProvider>
  );
}
