import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createStsClient } from "./create-clients";
import { SharedHttpHandler } from "./shared-http-handler";

const IDENTITY = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult><Arn>arn:aws:iam::111122223333:user/audit</Arn><UserId>AIDA1</UserId><Account>111122223333</Account></GetCallerIdentityResult>
  <ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;

let server: Server;
let endpoint: string;
let connections: number;
let closed: number;

beforeEach(async () => {
  connections = 0;
  closed = 0;
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "text/xml" }).end(IDENTITY));
  });
  server.on("connection", (socket) => {
    connections++;
    socket.on("close", () => closed++);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const whoAmI = async (client: ReturnType<typeof createStsClient>) =>
  (await client.send(new GetCallerIdentityCommand({}))).Account;

describe("SharedHttpHandler", () => {
  it("lets clients of different accounts reuse one connection, and outlives their destroy()", async () => {
    const requestHandler = new SharedHttpHandler({ maxSockets: 4 });
    const first = createStsClient({ credentials, endpoint, requestHandler });
    expect(await whoAmI(first)).toBe("111122223333");
    first.destroy();
    const second = createStsClient({
      credentials: { ...credentials, accessKeyId: "AKIDOTHER" },
      endpoint,
      requestHandler,
    });
    expect(await whoAmI(second)).toBe("111122223333");
    second.destroy();
    expect(connections).toBe(1);
    expect(closed).toBe(0);

    requestHandler.close();
    await expect.poll(() => closed).toBe(1);
  });

  it("is what saves the connections: clients with their own handlers open one each", async () => {
    for (const client of [
      createStsClient({ credentials, endpoint }),
      createStsClient({ credentials, endpoint }),
    ]) {
      expect(await whoAmI(client)).toBe("111122223333");
      client.destroy();
    }
    expect(connections).toBe(2);
  });
});
