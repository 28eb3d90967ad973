import type { IncomingHttpHeaders } from "node:http";
import type { SandboxClock } from "../clock";
import type { AwsError, Protocol } from "../errors";
import type { Faults } from "../faults";
import type { Caller, SessionStore } from "../state/sessions";
import type { SandboxState } from "../state/types";

/** What every service handler can reach. */
export type SandboxContext = {
  state: SandboxState;
  sessions: SessionStore;
  clock: SandboxClock;
  faults: Faults;
};

export type ServiceRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  region: string;
  requestId: string;
};

export type AuthedRequest = ServiceRequest & { caller: Caller; now: Date };

export type ServiceResponse = { status: number; headers: Record<string, string>; body: string };

export type ServiceHandler = {
  protocol: Protocol;
  /** The API action name, read before authentication so metrics and throttling can key on it. */
  actionOf(req: ServiceRequest): string;
  /** Throws AwsError for API errors. */
  handle(req: AuthedRequest, action: string): ServiceResponse | Promise<ServiceResponse>;
  renderError(error: AwsError, requestId: string): ServiceResponse;
};
