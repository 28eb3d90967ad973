import Link from "next/link";

export default function FindingNotFound() {
  return (
    <div className="rounded-md border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <h1 className="text-sm font-semibold text-slate-900">Finding not found</h1>
      <p className="mt-1 text-slate-500">It does not exist in this organization.</p>
      <Link href="/findings" className="mt-3 inline-block text-sky-700 hover:underline">
        Back to findings
      </Link>
    </div>
  );
}
