type Entry = {
  kind: "oidc" | "service" | "aws";
  principal: string;
  label: string;
  subjects: { text: string; raw: string | null }[];
  audiences: string | null;
  isOpen: boolean;
};

/** The plain-words answer to "who can assume this role", one block per trusted principal. */
export function WhoCanAssumeList({ entries }: { entries: Entry[] }) {
  if (entries.length === 0)
    return <p className="text-slate-500">Nobody: the trust policy names no principal that can assume it.</p>;
  return (
    <ul className="space-y-3">
      {entries.map((e) => (
        <li key={`${e.kind}:${e.principal}`}>
          <p className="flex items-center gap-2">
            <span className="font-medium text-slate-900">{e.label}</span>
            {e.isOpen ? (
              <span className="rounded bg-red-50 px-1.5 text-[11px] font-semibold uppercase text-red-700 ring-1 ring-inset ring-red-200">
                open to all
              </span>
            ) : null}
          </p>
          <p className="break-all font-mono text-[11px] text-slate-500">{e.principal}</p>
          <ul className="mt-1 space-y-0.5">
            {e.subjects.map((s) => (
              <li key={`${s.text}|${s.raw ?? ""}`} className="text-slate-800">
                <span className={e.isOpen ? "font-medium text-red-800" : undefined}>{s.text}</span>
                {s.raw && s.raw !== s.text ? (
                  <code className="ml-2 font-mono text-xs text-slate-500">{s.raw}</code>
                ) : null}
              </li>
            ))}
          </ul>
          {e.audiences ? <p className="mt-0.5 text-xs text-slate-500">audience {e.audiences}</p> : null}
        </li>
      ))}
    </ul>
  );
}
