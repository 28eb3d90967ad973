/**
 * The sandbox's notion of "now". It ticks with real time from a settable base, so session expiry and
 * issuer key rotation can be driven by tests (`set`, `advance`) while latency and throttling stay real-time.
 */
export type SandboxClock = {
  now(): Date;
  set(date: Date): void;
  advance(ms: number): void;
};

export function createClock(start: Date = new Date()): SandboxClock {
  let base = start.getTime();
  let anchor = performance.now();
  return {
    now: () => new Date(base + (performance.now() - anchor)),
    set(date) {
      base = date.getTime();
      anchor = performance.now();
    },
    advance(ms) {
      base += ms;
    },
  };
}
