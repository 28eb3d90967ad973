import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/sandbox.mjs", import.meta.url));

describe("standalone command", () => {
  it("prints the endpoint, issuer resolve map and CA file, and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, [bin, "--port", "0", "--https-port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no output: ${out}`)), 15_000);
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("TRUSTWATCH_ISSUER_CA_FILE=")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(out).toMatch(/^AWS_ENDPOINT_URL=http:\/\/127\.0\.0\.1:\d+$/m);
    expect(out).toMatch(
      /^TRUSTWATCH_ISSUER_RESOLVE=.*token\.actions\.githubusercontent\.com=127\.0\.0\.1:\d+/m,
    );
    expect(out).toMatch(/^AWS_ACCESS_KEY_ID=AKIASANDBOXWORKER001$/m);
    const code = await new Promise<number | null>((resolve) => {
      child.on("exit", resolve);
      child.kill("SIGTERM");
    });
    expect(code).toBe(0);
  });
});
