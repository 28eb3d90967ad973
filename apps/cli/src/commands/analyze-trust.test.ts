import { Command } from "commander";
import { afterEach, describe, expect, it } from "vitest";
import { registerAnalyzeTrust } from "./analyze-trust";

const ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
const PROVIDER = `arn:aws:iam::111122223333:oidc-provider/${ISSUER}`;
const trust = (condition?: unknown) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Federated: PROVIDER },
        Action: "sts:AssumeRoleWithWebIdentity",
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  });
const FILES: Record<string, string> = {
  "irsa.json": trust({
    StringEquals: {
      [`${ISSUER}:sub`]: "system:serviceaccount:payments:api",
      [`${ISSUER}:aud`]: "sts.amazonaws.com",
    },
  }),
  "encoded.json": encodeURIComponent(
    trust({
      StringEquals: {
        [`${ISSUER}:sub`]: "system:serviceaccount:payments:api",
        [`${ISSUER}:aud`]: "sts.amazonaws.com",
      },
    }),
  ),
  "aud-only.json": trust({ StringEquals: { [`${ISSUER}:aud`]: "sts.amazonaws.com" } }),
  "namespace.json": trust({
    StringLike: { [`${ISSUER}:sub`]: "system:serviceaccount:payments:*" },
    StringEquals: { [`${ISSUER}:aud`]: "sts.amazonaws.com" },
  }),
  "broken.json":
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"x"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringLike":{"k":{}}}}]}',
};

async function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const program = new Command().exitOverride();
  registerAnalyzeTrust(program, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    readFile: async (path) => {
      const text = FILES[path];
      if (text === undefined) throw new Error("ENOENT");
      return text;
    },
  });
  process.exitCode = undefined;
  await program.parseAsync(["node", "trustwatch", "analyze-trust", ...args]);
  return { stdout, stderr, code: process.exitCode ?? 0 };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe("trustwatch analyze-trust", () => {
  const cases = [
    {
      name: "exact IRSA trust is clean",
      args: ["irsa.json"],
      code: 0,
      stdout: /service account payments\/api/,
    },
    { name: "URL-encoded file", args: ["encoded.json"], code: 0, stdout: /service account payments\/api/ },
    {
      name: "audience-only trust is high",
      args: ["aud-only.json"],
      code: 1,
      stdout: /\[HIGH\] trust\.no-sub/,
    },
    {
      name: "namespace wildcard is medium",
      args: ["namespace.json"],
      code: 0,
      stdout: /any service account in namespace payments[\s\S]*\[MEDIUM\] trust\.namespace-wildcard-sub/,
    },
    {
      name: "invalid policy",
      args: ["broken.json"],
      code: 2,
      stderr: /Statement\[0\]\.Condition\.StringLike\.k/,
    },
    { name: "missing file", args: ["nope.json"], code: 2, stderr: /cannot read/ },
    {
      name: "bad provider ARN",
      args: ["irsa.json", "--provider-arn", "nope"],
      code: 2,
      stderr: /provider-arn/,
    },
  ];
  it.each(cases)("$name", async ({ args, code, stdout, stderr }) => {
    const r = await run(...args);
    expect(r.code).toBe(code);
    if (stdout) expect(r.stdout).toMatch(stdout);
    if (stderr) expect(r.stderr).toMatch(stderr);
  });

  it("--json prints the analysis and findings", async () => {
    const r = await run("aud-only.json", "--json", "--provider-arn", PROVIDER);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(true);
    expect(out.analysis.providers[0].sub).toEqual({ kind: "any" });
    expect(out.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("trust.no-sub");
    expect(r.code).toBe(1);
  });
});
