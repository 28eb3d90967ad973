/**
 * Run `fn` over `items` with at most `limit` in flight, preserving order of results.
 * Used for per-resource Describe calls: AWS throttles per account and API, so unbounded
 * fan-out only buys throttling errors.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Runs functions with at most `limit` in flight across all callers; the rest wait their turn (FIFO). */
export type Limiter = <R>(fn: () => Promise<R>) => Promise<R>;

/**
 * A limiter shared by independent callers (e.g. every job of a worker), where mapWithConcurrency
 * bounds one caller's list. A waiting call has not started: time limits inside `fn` begin when it runs.
 */
export function createLimiter(limit: number): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return async (fn) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      release();
    }
  };
}
