export type RateLimit = { ratePerSecond: number; burst?: number };

/**
 * Token buckets per account and API action. `perAction` keys are `service:Action` (e.g. `iam:ListRoles`).
 * Buckets run on real time, not the sandbox clock: throttling is about request rate, not simulated dates.
 */
export type ThrottleConfig = RateLimit & { perAction?: Record<string, RateLimit> };

export type Throttle = {
  /** Takes a token; false when the bucket is empty (the call must be throttled). */
  take(account: string, service: string, action: string): boolean;
  set(config: ThrottleConfig | undefined): void;
};

type Bucket = { tokens: number; updated: number };

export function createThrottle(initial?: ThrottleConfig): Throttle {
  let config = initial;
  const buckets = new Map<string, Bucket>();
  return {
    set(next) {
      config = next;
      buckets.clear();
    },
    take(account, service, action) {
      if (!config) return true;
      const limit = config.perAction?.[`${service}:${action}`] ?? config;
      if (!Number.isFinite(limit.ratePerSecond)) return true;
      const capacity = limit.burst ?? Math.max(1, limit.ratePerSecond);
      const key = `${account}/${service}/${action}`;
      const now = performance.now();
      const bucket = buckets.get(key) ?? { tokens: capacity, updated: now };
      bucket.tokens = Math.min(
        capacity,
        bucket.tokens + ((now - bucket.updated) / 1000) * limit.ratePerSecond,
      );
      bucket.updated = now;
      buckets.set(key, bucket);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
