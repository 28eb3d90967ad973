import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { AwsError, missingAuth, throttled } from "./errors";
import type { Latency } from "./latency";
import { sleep } from "./latency";
import type { Metrics } from "./metrics";
import { createEksHandler } from "./services/eks";
import { createIamHandler } from "./services/iam";
import { createOrganizationsHandler } from "./services/organizations";
import { createStsHandler } from "./services/sts";
import type { SandboxContext, ServiceHandler, ServiceRequest, ServiceResponse } from "./services/types";
import { parseCredentialScope } from "./sigv4";
import type { Throttle } from "./throttle";

export type AwsServerDeps = SandboxContext & { metrics: Metrics; throttle: Throttle; latency: Latency };

const MAX_BODY = 10 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new AwsError("RequestEntityTooLarge", 413, "Request body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, response: ServiceResponse): void {
  res.writeHead(response.status, { ...response.headers, "content-length": Buffer.byteLength(response.body) });
  res.end(response.body);
}

/** Routes by the SigV4 credential scope's service (iam, sts, eks, organizations), as AWS endpoints do by host. */
export function createAwsServer(deps: AwsServerDeps): Server {
  const handlers: Record<string, ServiceHandler> = {
    iam: createIamHandler(deps),
    sts: createStsHandler(deps),
    eks: createEksHandler(deps),
    organizations: createOrganizationsHandler(deps),
  };

  async function handle(raw: IncomingMessage): Promise<ServiceResponse> {
    const requestId = randomUUID();
    const url = new URL(raw.url ?? "/", "http://sandbox");
    const body = await readBody(raw);
    const scope = parseCredentialScope(raw.headers, url.searchParams);
    const handler = scope ? handlers[scope.service] : undefined;
    const fallback = raw.headers["x-amz-target"] ? handlers.organizations : handlers.iam;
    if (!scope || !handler) {
      const h = handler ?? fallback;
      return h ? h.renderError(missingAuth(h.protocol), requestId) : { status: 400, headers: {}, body: "" };
    }
    const req: ServiceRequest = {
      method: raw.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: raw.headers,
      body,
      region: scope.region,
      requestId,
    };
    const action = handler.actionOf(req);
    const now = deps.clock.now();
    const caller = deps.sessions.resolve(scope.accessKeyId, scope.sessionToken, now, handler.protocol);
    const account = caller instanceof AwsError ? "unknown" : caller.accountId;
    await sleep(deps.latency.forCall(scope.service, action));
    let response: ServiceResponse;
    try {
      if (caller instanceof AwsError) throw caller;
      if (!deps.throttle.take(account, scope.service, action)) throw throttled(scope.service);
      const injected = deps.faults.takeInjected(account, scope.service, action, scope.region);
      if (injected) throw injected;
      response = await handler.handle({ ...req, caller, now }, action);
    } catch (error) {
      const awsError =
        error instanceof AwsError ? error : new AwsError("InternalFailure", 500, String(error));
      response = handler.renderError(awsError, requestId);
    }
    deps.metrics.record(account, scope.service, action, response.status >= 400);
    return response;
  }

  return createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
    handle(req).then(
      (response) => send(res, response),
      (error: unknown) =>
        send(res, { status: 500, headers: { "content-type": "text/plain" }, body: String(error) }),
    );
  });
}
