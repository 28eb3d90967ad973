import type { ReactNode } from "react";

/** What a page will show once there is data, and the concrete next step to get there. */
export function EmptyState({
  title,
  children,
  steps,
}: {
  title: string;
  children: ReactNode;
  steps?: string[];
}) {
  return (
    <section className="rounded-md border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
      <div className="mx-auto mt-1.5 max-w-xl text-slate-500">{children}</div>
      {steps && steps.length > 0 ? (
        <ol className="mx-auto mt-4 inline-flex flex-col gap-1 text-left text-slate-600">
          {steps.map((step, index) => (
            <li key={step} className="flex gap-2">
              <span className="inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full bg-slate-100 text-xs font-medium text-slate-600">
                {index + 1}
              </span>
              <span>{step}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
