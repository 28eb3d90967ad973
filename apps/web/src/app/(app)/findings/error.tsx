"use client";

export default function FindingsError({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-800">
      <p className="font-medium">Could not load findings.</p>
      <p className="text-sm">{error.message}</p>
      <button type="button" onClick={reset} className="mt-2 text-sm underline">
        Try again
      </button>
    </div>
  );
}
