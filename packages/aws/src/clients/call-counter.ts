/** Counts API calls (every attempt, retries included) per service and operation. */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  record(service: string, operation: string): void {
    const key = `${service}:${operation}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

type MiddlewareStackLike = {
  add: (
    middleware: (
      next: (args: unknown) => Promise<unknown>,
      context: { commandName?: string },
    ) => (args: unknown) => Promise<unknown>,
    options: { step: "finalizeRequest"; name: string; override?: boolean },
  ) => void;
};

/**
 * Attach the counter to an SDK client. `finalizeRequest` runs once per HTTP attempt
 * (after the retry middleware), so throttled-and-retried calls count as AWS sees them.
 */
export function countCalls(
  client: { middlewareStack: unknown },
  service: string,
  counter: CallCounter,
): void {
  (client.middlewareStack as MiddlewareStackLike).add(
    (next, context) => async (args) => {
      counter.record(service, (context.commandName ?? "Unknown").replace(/Command$/, ""));
      return next(args);
    },
    { step: "finalizeRequest", name: "trustwatchCallCounter", override: true },
  );
}
