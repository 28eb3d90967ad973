export function Logo({ className = "" }: { className?: string }) {
  return (
    <span className={`inline-flex items-center gap-2 font-semibold tracking-tight ${className}`}>
      <svg viewBox="0 0 24 24" aria-hidden="true" className="h-5 w-5 text-sky-600">
        <path
          fill="currentColor"
          d="M12 2 4 5v6c0 5.2 3.4 9.9 8 11 4.6-1.1 8-5.8 8-11V5l-8-3Zm0 4.2a3 3 0 0 1 1 5.83V15h-2v-2.97a3 3 0 0 1 1-5.83Z"
        />
      </svg>
      Trustwatch
    </span>
  );
}
