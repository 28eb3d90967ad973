import type { Sandbox } from "./sandbox";

/** `host1=127.0.0.1:8443,host2=…`: what the scanner needs to reach each issuer host (like curl --resolve). */
export function issuerResolveMap(sandbox: Pick<Sandbox, "issuerHosts" | "issuerAddress">): string {
  return sandbox.issuerHosts.map((h) => `${h}=${sandbox.issuerAddress}`).join(",");
}

/** The environment a worker needs to run against the sandbox. */
export function sandboxEnv(sandbox: Sandbox): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: sandbox.endpoint,
    AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
    AWS_REGION: sandbox.credentials.region,
    TRUSTWATCH_ISSUER_ADDRESS: sandbox.issuerAddress,
    TRUSTWATCH_ISSUER_RESOLVE: issuerResolveMap(sandbox),
    TRUSTWATCH_ISSUER_CA_FILE: sandbox.caFile,
  };
}
