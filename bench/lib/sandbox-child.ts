/**
 * The benchmark's sandbox in a process of its own, so serving ~30,000 AWS calls does not share
 * an event loop with the bench's own timers and queries. Started by `startSandboxProcess`:
 * argv[2] is the JSON options; the first stdout line is `{ env, endpoint }`; then each stdin
 * line is a command (`metrics`, `reset`) answered by one JSON line.
 */
import { createInterface } from "node:readline";
import {
  generateLargeOrg,
  type LargeOrgOptions,
  sandboxEnv,
  startSandbox,
  type ThrottleConfig,
} from "@trustwatch/sandbox";

type Options = { org: LargeOrgOptions; latencyMs: number; throttle?: ThrottleConfig };
const options = JSON.parse(process.argv[2] ?? "{}") as Options;
const sandbox = await startSandbox({
  scenario: generateLargeOrg(options.org),
  latencyMs: options.latencyMs,
  throttle: options.throttle,
});
process.stdout.write(`${JSON.stringify({ env: sandboxEnv(sandbox), endpoint: sandbox.endpoint })}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  if (line === "metrics") {
    process.stdout.write(
      `${JSON.stringify({ total: sandbox.metrics.total(), calls: sandbox.metrics.calls() })}\n`,
    );
  } else if (line === "reset") {
    sandbox.metrics.reset();
    // Fresh token buckets too: each run starts with full bursts, like a scan after a quiet hour.
    sandbox.throttle.set(options.throttle);
    process.stdout.write("{}\n");
  }
}
await sandbox.close();
process.exit(0);
