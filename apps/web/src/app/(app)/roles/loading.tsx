export default function Loading() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading" className="space-y-2">
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-10 animate-pulse rounded bg-slate-100" />
      <div className="h-64 animate-pulse rounded bg-slate-100" />
    </div>
  );
}
