import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedMessage = {
  path: string;
  at: number;
  body: { text?: string; blocks?: Record<string, unknown>[] };
};
export type ScriptedResponse = { status: number; body?: string; headers?: Record<string, string> };

/**
 * A stand-in for Slack's incoming webhooks on 127.0.0.1: records every POST and answers
 * from a script (then 200 "ok"), so tests can play 500s, 429 with Retry-After, or 404.
 */
export async function startSlackReceiver() {
  const received: ReceivedMessage[] = [];
  const attempts: { path: string; at: number }[] = [];
  const scripts = new Map<string, ScriptedResponse[]>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      const at = Date.now();
      attempts.push({ path, at });
      const next = scripts.get(path)?.shift() ?? { status: 200, body: "ok" };
      if (next.status === 200)
        received.push({ path, at, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      res.writeHead(next.status, { "content-type": "text/plain", ...next.headers });
      res.end(next.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    attempts,
    /** Answer the next requests to `path` with these responses, in order. */
    script: (path: string, responses: ScriptedResponse[]) => scripts.set(path, [...responses]),
    messagesFor: (path: string) => received.filter((m) => m.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SlackReceiver = Awaited<ReturnType<typeof startSlackReceiver>>;

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}
