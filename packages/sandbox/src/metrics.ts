export type CallCount = { account: string; service: string; action: string; calls: number; errors: number };

/** Counts every call by account, service and action, so benchmarks can compare calls made to the minimum. */
export type Metrics = {
  record(account: string, service: string, action: string, failed: boolean): void;
  calls(filter?: Partial<Pick<CallCount, "account" | "service" | "action">>): CallCount[];
  total(filter?: Partial<Pick<CallCount, "account" | "service" | "action">>): number;
  reset(): void;
};

export function createMetrics(): Metrics {
  const counts = new Map<string, CallCount>();
  const select = (filter: Partial<CallCount> = {}) =>
    [...counts.values()].filter(
      (c) =>
        (filter.account === undefined || c.account === filter.account) &&
        (filter.service === undefined || c.service === filter.service) &&
        (filter.action === undefined || c.action === filter.action),
    );
  return {
    record(account, service, action, failed) {
      const key = `${account}\u0000${service}\u0000${action}`;
      let entry = counts.get(key);
      if (!entry) {
        entry = { account, service, action, calls: 0, errors: 0 };
        counts.set(key, entry);
      }
      entry.calls += 1;
      if (failed) entry.errors += 1;
    },
    calls: (filter) => select(filter).map((c) => ({ ...c })),
    total: (filter) => select(filter).reduce((sum, c) => sum + c.calls, 0),
    reset: () => counts.clear(),
  };
}
