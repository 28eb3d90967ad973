import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { RolesTable } from "@/components/roles/roles-table";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const q = (typeof params.q === "string" ? params.q : "").slice(0, 200);
  const account =
    typeof params.account === "string" && /^\d{12}$/.test(params.account) ? params.account : null;
  return (
    <>
      <PageHeader
        title="Roles"
        description="IAM roles that workloads assume through IRSA or EKS Pod Identity, and exactly who can assume each one."
      />
      {/* A plain GET form: the search lives in the URL and works without JavaScript. */}
      <form method="get" className="mb-3 flex items-center gap-2">
        <input
          type="search"
          name="q"
          defaultValue={q}
          aria-label="Search roles"
          placeholder="Search by role name or ARN"
          className="h-8 w-80 rounded border border-slate-300 bg-white px-2 text-sm"
        />
        {account ? <input type="hidden" name="account" value={account} /> : null}
        <button
          type="submit"
          className="h-8 rounded border border-slate-300 bg-white px-3 text-sm text-slate-700 hover:bg-slate-50"
        >
          Search
        </button>
      </form>
      <RolesTable key={`${q}|${account ?? ""}`} search={q} accountId={account} />
    </>
  );
}
