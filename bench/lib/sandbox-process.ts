import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { CallCount, LargeOrgOptions, ThrottleConfig } from "@trustwatch/sandbox";

export type SandboxProcess = {
  env: Record<string, string>;
  pid: number;
  metrics(): Promise<{ total: number; calls: CallCount[] }>;
  reset(): Promise<void>;
  close(): Promise<void>;
};

/** Start `sandbox-child.ts` and talk to it over one JSON line per request. */
export async function startSandboxProcess(options: {
  org: LargeOrgOptions;
  latencyMs: number;
  throttle?: ThrottleConfig;
}): Promise<SandboxProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", new URL("./sandbox-child.ts", import.meta.url).pathname, JSON.stringify(options)],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout });
  const waiting: ((line: string) => void)[] = [];
  lines.on("line", (line) => waiting.shift()?.(line));
  const next = () => new Promise<string>((resolve) => waiting.push(resolve));
  const ask = async (command: string) => {
    const answer = next();
    child.stdin.write(`${command}\n`);
    return JSON.parse(await answer);
  };
  const first = JSON.parse(await next()) as { env: Record<string, string> };
  return {
    env: first.env,
    pid: child.pid ?? 0,
    metrics: () => ask("metrics"),
    reset: async () => void (await ask("reset")),
    close: async () => {
      child.stdin.end();
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
