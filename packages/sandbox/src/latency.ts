/** Per-call delay: a default, overridden per service (`eks`) or per action (`iam:ListRoles`). */
export type LatencyConfig = {
  defaultMs?: number;
  perService?: Record<string, number>;
  perAction?: Record<string, number>;
  /** Delay before each HTTPS issuer response. */
  issuerMs?: number;
};

export type Latency = {
  forCall(service: string, action: string): number;
  forIssuer(): number;
  set(config: number | LatencyConfig | undefined): void;
};

export function createLatency(initial?: number | LatencyConfig): Latency {
  let config: LatencyConfig = normalize(initial);
  return {
    set: (next) => {
      config = normalize(next);
    },
    forCall: (service, action) =>
      config.perAction?.[`${service}:${action}`] ?? config.perService?.[service] ?? config.defaultMs ?? 0,
    forIssuer: () => config.issuerMs ?? 0,
  };
}

function normalize(config: number | LatencyConfig | undefined): LatencyConfig {
  return typeof config === "number" ? { defaultMs: config, issuerMs: config } : (config ?? {});
}

/** Never busy-wait: benchmarks send ~1,000 concurrent requests. */
export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
