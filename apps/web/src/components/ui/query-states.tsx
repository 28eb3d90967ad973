/** Placeholder rows while a query loads. */
export function LoadingRows({ label, rows = 4 }: { label: string; rows?: number }) {
  return (
    <div
      role="status"
      aria-label={label}
      className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-4"
    >
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <div key={i} className="h-4 animate-pulse rounded bg-slate-100" />
      ))}
      <span className="sr-only">{label}</span>
    </div>
  );
}

export function ErrorNotice({ title, message }: { title: string; message: string }) {
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-900">
      <p className="font-medium">{title}</p>
      <p className="mt-0.5 text-red-800">{message}</p>
    </div>
  );
}
