import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClock, type SandboxClock } from "./clock";
import { DEFAULT_REGION } from "./constants";
import { createFaults, type Faults } from "./faults";
import { JWKS_KEY_SLOTS, rsaKeyPool } from "./issuers/keys";
import { loadPki, thumbprintOf } from "./issuers/pki";
import { createIssuerRegistry } from "./issuers/registry";
import { certificateVariant, createIssuerServer } from "./issuers/server";
import { createLatency, type Latency, type LatencyConfig } from "./latency";
import { createMetrics, type Metrics } from "./metrics";
import type { Scenario } from "./scenarios/types";
import { createAwsServer } from "./server";
import { buildState } from "./state/build-state";
import { createSessionStore, HOME_CREDENTIALS } from "./state/sessions";
import type { SandboxState } from "./state/types";
import { createThrottle, type Throttle, type ThrottleConfig } from "./throttle";

export type StartSandboxOptions = {
  scenario: Scenario;
  /** Port of the AWS endpoint; 0 (default) picks a free one. */
  port?: number;
  /** Port of the HTTPS issuers; 0 (default) picks a free one. */
  httpsPort?: number;
  host?: string;
  latencyMs?: number | LatencyConfig;
  throttle?: ThrottleConfig;
  /** Start of the sandbox clock (default: real now). */
  now?: Date;
};

export type Sandbox = {
  /** `http://127.0.0.1:PORT`: use as the SDK `endpoint` or `AWS_ENDPOINT_URL`. */
  endpoint: string;
  /** `127.0.0.1:PORT`: every issuer host resolves here (like curl --resolve). */
  issuerAddress: string;
  issuerHosts: string[];
  /** The root CA the scanner must trust for the issuers. */
  caCertPem: string;
  caFile: string;
  credentials: { accessKeyId: string; secretAccessKey: string; region: string };
  clock: SandboxClock;
  state: SandboxState;
  faults: Faults;
  metrics: Metrics;
  throttle: Throttle;
  latency: Latency;
  /** What IAM expects as thumbprint for an issuer host: SHA-1 of the served chain's top intermediate. */
  expectedThumbprint(host: string): string;
  close(): Promise<void>;
};

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function startSandbox(opts: StartSandboxOptions): Promise<Sandbox> {
  const host = opts.host ?? "127.0.0.1";
  const [pki, pool] = await Promise.all([loadPki(), rsaKeyPool()]);
  const caThumbprint = thumbprintOf(pki.intermediatePem);
  const registry = createIssuerRegistry(opts.scenario);
  const clock = createClock(opts.now);
  const faults = createFaults(registry.scenarioFaults());
  const state = buildState(opts.scenario, caThumbprint);
  for (const account of opts.scenario.accounts) {
    for (const region of account.eksUnavailableRegions ?? []) faults.disableEksRegion(account.id, region);
  }
  const metrics = createMetrics();
  const throttle = createThrottle(opts.throttle);
  const latency = createLatency(opts.latencyMs);
  const sessions = createSessionStore();
  const jwksKeys = JWKS_KEY_SLOTS.flatMap((slot) => (pool[slot] ? [pool[slot]] : []));

  const aws = createAwsServer({ state, sessions, clock, faults, metrics, throttle, latency });
  const issuers = createIssuerServer({ pki, jwksKeys, registry, faults, clock, latency, metrics });
  const [port, httpsPort] = await Promise.all([
    listen(aws, opts.port ?? 0, host),
    listen(issuers as unknown as Server, opts.httpsPort ?? 0, host),
  ]);

  const dir = mkdtempSync(join(tmpdir(), "trustwatch-sandbox-"));
  const caFile = join(dir, "issuers-ca.pem");
  writeFileSync(caFile, pki.rootPem);

  return {
    endpoint: `http://${host}:${port}`,
    issuerAddress: `${host}:${httpsPort}`,
    issuerHosts: registry.hosts(),
    caCertPem: pki.rootPem,
    caFile,
    credentials: { ...HOME_CREDENTIALS, region: DEFAULT_REGION },
    clock,
    state,
    faults,
    metrics,
    throttle,
    latency,
    expectedThumbprint: (issuerHost) =>
      thumbprintOf(
        certificateVariant(faults, issuerHost.toLowerCase()) === "untrusted"
          ? pki.untrustedIntermediatePem
          : pki.intermediatePem,
      ),
    async close() {
      await Promise.all([closeServer(aws), closeServer(issuers as unknown as Server)]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
