import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { NodeHttpHandler } from "@smithy/node-http-handler";

/**
 * One keep-alive connection pool for every SDK client a worker creates. A scan creates an IAM and
 * an EKS client per account and region, each of which would otherwise open (TLS-handshake) its own
 * connections to the same few AWS endpoints and throw them away with the client: at 1,000 accounts
 * that is thousands of handshakes and agents. Credentials are per request (SigV4), not per
 * connection, so accounts can share sockets.
 *
 * `client.destroy()` destroys its request handler: this one ignores that and is closed once, by
 * its owner, with `close()`.
 */
export class SharedHttpHandler extends NodeHttpHandler {
  private readonly agents: { http: HttpAgent; https: HttpsAgent };

  constructor(options: { maxSockets: number }) {
    const agents = {
      http: new HttpAgent({ keepAlive: true, maxSockets: options.maxSockets }),
      https: new HttpsAgent({ keepAlive: true, maxSockets: options.maxSockets }),
    };
    super({
      httpAgent: agents.http,
      httpsAgent: agents.https,
      // A connection or an answer that never comes must not hold an account job forever: the SDK
      // retries the timed-out call like any other transient error.
      connectionTimeout: 10_000,
      requestTimeout: 60_000,
    });
    this.agents = agents;
  }

  /** Called by every client's destroy(): the pool outlives the clients that borrow it. */
  override destroy(): void {}

  /** Closes the pooled connections; the handler must not be used afterwards. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
