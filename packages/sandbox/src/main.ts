import { parseArgs } from "node:util";
import { sandboxEnv } from "./env-lines";
import { startSandbox } from "./sandbox";
import { demoScenario } from "./scenarios/demo";
import { generateLargeOrg } from "./scenarios/large-org";

/** Standalone sandbox: `npx tsx packages/sandbox/src/main.ts [--scenario demo|large] [--port N] [--https-port N] [--latency-ms N]`. */
const { values } = parseArgs({
  options: {
    scenario: { type: "string", default: "demo" },
    port: { type: "string", default: "4566" },
    "https-port": { type: "string", default: "8443" },
    "latency-ms": { type: "string", default: "0" },
  },
});

const toInt = (name: string, raw: string | undefined): number => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${raw}`);
  return n;
};

const scenario =
  values.scenario === "large"
    ? generateLargeOrg({
        accounts: 1000,
        regionsPerAccount: 2,
        clustersPerRegion: 3,
        rolesPerAccount: 50,
        seed: 1,
      })
    : values.scenario === "demo"
      ? demoScenario
      : undefined;
if (!scenario) throw new Error(`--scenario must be demo or large, got ${values.scenario}`);

const sandbox = await startSandbox({
  scenario,
  port: toInt("port", values.port),
  httpsPort: toInt("https-port", values["https-port"]),
  latencyMs: toInt("latency-ms", values["latency-ms"]),
});

let closing = false;
const shutdown = (signal: string) => {
  if (closing) return;
  closing = true;
  console.log(`# ${signal}: closing sandbox`);
  sandbox.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));

// Printed last: a supervisor that reads these lines may signal us right away.
for (const [key, value] of Object.entries(sandboxEnv(sandbox))) console.log(`${key}=${value}`);
console.log(
  `# scenario ${scenario.name}: ${scenario.accounts.length} accounts, external id ${scenario.externalId}`,
);
console.log(
  `# issuer hosts (${sandbox.issuerHosts.length}) resolve to ${sandbox.issuerAddress}; Ctrl-C to stop`,
);
